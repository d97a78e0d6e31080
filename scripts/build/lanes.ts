/**
 * Two lanes of work over a list: `render` runs on each item in turn, and
 * `index` on each rendered item in turn, in the order they were rendered,
 * while the next items render. Rendering never waits for the index lane, so
 * at most one render and one index run at any time.
 *
 * An index that fails stops the rendering of further items and is thrown
 * once the index lane is done; a render that fails still lets the items
 * rendered before it be indexed, then its error is thrown.
 */
export async function inTwoLanes<Item, Rendered>(
  items: readonly Item[],
  render: (item: Item) => Promise<Rendered>,
  index: (item: Item, rendered: Rendered) => Promise<void>,
): Promise<void> {
  let indexing: Promise<void> = Promise.resolve();
  let indexFailed = false;
  try {
    for (const item of items) {
      if (indexFailed) break;
      const rendered = await render(item);
      indexing = indexing.then(() => index(item, rendered));
      // The failure is thrown where the lane is awaited, not as an unhandled rejection while the next item renders.
      indexing.catch(() => {
        indexFailed = true;
      });
    }
  } catch (renderError) {
    await indexing.catch(() => undefined);
    throw renderError;
  }
  await indexing;
}

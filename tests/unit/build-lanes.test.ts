import { describe, expect, it } from 'vitest';
import { inTwoLanes } from '../../scripts/build/lanes.ts';

/** A lane step that records when it starts and ends, taking `ms` or failing. */
function recorder() {
  const events: string[] = [];
  let indexing = 0;
  let mostIndexing = 0;
  const step = (kind: 'render' | 'index', ms: (item: string) => number, failOn?: string) => async (item: string) => {
    events.push(`${kind} ${item} start`);
    if (kind === 'index') mostIndexing = Math.max(mostIndexing, (indexing += 1));
    await new Promise((done) => setTimeout(done, ms(item)));
    if (kind === 'index') indexing -= 1;
    if (item === failOn) throw new Error(`${kind} of ${item} failed`);
    events.push(`${kind} ${item} end`);
  };
  return { events, step, mostIndexing: () => mostIndexing };
}

describe('inTwoLanes', () => {
  it('renders the next item while the previous one is indexed, and indexes one at a time in render order', async () => {
    const { events, step, mostIndexing } = recorder();
    await inTwoLanes(['a', 'b', 'c'], step('render', () => 10), step('index', () => 25));
    expect(events.indexOf('render b start')).toBeLessThan(events.indexOf('index a end'));
    // Rendering does not wait for the index lane: the third render starts before the first index ends.
    expect(events.indexOf('render c start')).toBeLessThan(events.indexOf('index a end'));
    expect(events.filter((e) => e.startsWith('index') && e.endsWith('start'))).toEqual(['index a start', 'index b start', 'index c start']);
    expect(mostIndexing()).toBe(1);
    expect(events.at(-1)).toBe('index c end');
  });

  it('stops rendering after an index fails, and throws that failure', async () => {
    const { events, step } = recorder();
    const run = inTwoLanes(['a', 'b', 'c', 'd'], step('render', () => 20), step('index', () => 5, 'a'));
    await expect(run).rejects.toThrow('index of a failed');
    expect(events).not.toContain('render c start');
    expect(events).not.toContain('index b start');
  });

  it('indexes what was rendered before a render failed, then throws the render failure', async () => {
    const { events, step } = recorder();
    const run = inTwoLanes(['a', 'b', 'c'], step('render', () => 5, 'b'), step('index', () => 20));
    await expect(run).rejects.toThrow('render of b failed');
    expect(events).toContain('index a end');
    expect(events).not.toContain('render c start');
  });
});

/**
 * Values computed once per build and shared by every page that needs them
 * (the archive's glossary concordance, report labels, related reports): a
 * page renders in the same process as the others, and recomputing such a
 * value per page would make the build quadratic in the archive's size.
 *
 * The one memoisation of the site. The functions it caches stay pure (they
 * take the archive and return a value); only this glue knows about builds.
 * In the dev server every call recomputes, so edits show up at once. The dev
 * server is told by its mode: `import.meta.env.DEV` is also true for a build
 * run with NODE_ENV=test (as under the test runner), which must not recompute.
 */
const values = new Map<string, unknown>();

export function perBuild<T>(name: string, compute: () => T): T {
  if (import.meta.env?.MODE === 'development') return compute();
  if (!values.has(name)) values.set(name, compute());
  return values.get(name) as T;
}

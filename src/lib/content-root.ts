/**
 * The folder holding reports/ and sources/. `content` unless TIFA_CONTENT
 * names another, which the tests use to build their hostile-text fixtures
 * through the real site pipeline.
 */
export const CONTENT_ROOT = process.env.TIFA_CONTENT ?? 'content';

import { describe, expect, it } from 'vitest';
import { frontmatterOf } from '../../src/build/catalogue-loader.ts';

describe('frontmatterOf', () => {
  it('reads a report\'s frontmatter as the MDX integration does', () => {
    expect(frontmatterOf('r.mdx', '---\ntitle: "报告"\ndates:\n  delivered: "2024-01-05"\n---\n\n正文\n')).toEqual({ title: '报告', dates: { delivered: '2024-01-05' } });
  });

  it('names the file, the line and the fix when the frontmatter is missing or broken', () => {
    expect(() => frontmatterOf('content/reports/a.mdx', '正文\n')).toThrow(
      'content/reports/a.mdx: has no frontmatter; a report starts with its metadata between --- lines (re-ingest it with npm run ingest)',
    );
    expect(() => frontmatterOf('content/reports/b.mdx', '---\ntitle: "报告"\nplace: [unclosed\n---\n')).toThrowErrorMatchingInlineSnapshot(`[Error: content/reports/b.mdx:4: the frontmatter is not valid YAML (unexpected end of the stream within a flow collection); fix the line or re-ingest the report]`);
  });
});

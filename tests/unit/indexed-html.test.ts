/**
 * What the search indexer is given of a page: everything but the head's
 * contents, the `<html lang>` that decides Chinese segmentation kept; and
 * Pagefind writes the same index from it as from the whole page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedHtml } from '../../src/search/indexed-html.ts';
import { PAGEFIND_CHARACTERS } from '../../src/build/pagefind-shard.ts';
import { scratchDir } from '../support/scratch.ts';

const page = (title: string, text: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title} · 提法</title><style>body{margin:0}</style>
<meta name="citation_title" content="${title}"></head>
<body><header><a href="../">提法</a></header><main><div hidden><span data-pagefind-filter="province">某某省</span><span data-pagefind-sort="date">2024-01</span></div>
<div data-pagefind-body><h1>${title}</h1><p>${text}</p><aside data-pagefind-ignore>草稿说明</aside></div></main></body></html>`;

describe('indexedHtml', () => {
  it('keeps the html element and the body, and leaves the head empty', () => {
    const html = page('某某县政府工作报告', '推进“两个维护”。');
    const indexed = indexedHtml(html);
    expect(indexed).toContain('<html lang="zh-CN"><head></head>');
    expect(indexed).not.toContain('citation_title');
    expect(indexed.slice(indexed.indexOf('</head>'))).toBe(html.slice(html.indexOf('</head>')));
    expect(indexedHtml('<p>没有头部</p>')).toBe('<p>没有头部</p>');
  });

  afterAll(() => pagefind.close());

  it('gives Pagefind what it needs: the same index, file for file, as the whole pages', async () => {
    const pages = [page('某某县政府工作报告', '坚决做到“两个维护”，推进营商环境改革。'), page('某某市经济工作会议讲话', '抓好“三个一批”，优化营商环境。')];
    const write = async (prepare: (html: string) => string) => {
      const { index } = await pagefind.createIndex({ includeCharacters: PAGEFIND_CHARACTERS });
      for (const [i, html] of pages.entries()) await index!.addHTMLFile({ sourcePath: `reports/r${i}/index.html`, content: prepare(html) });
      const out = scratchDir('indexed-html');
      await index!.writeFiles({ outputPath: out });
      return Object.fromEntries(readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name).slice(out.length), readFileSync(join(e.parentPath, e.name)).toString('base64')]));
    };
    const whole = await write((html) => html);
    expect(Object.keys(whole).length).toBeGreaterThan(5);
    expect(await write(indexedHtml)).toEqual(whole);
  });
});

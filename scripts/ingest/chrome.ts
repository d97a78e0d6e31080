/**
 * Step 4, known web chrome: lines a web page adds around the document.
 *
 * Only whole lines that match a known pattern are taken out, each with its
 * reason; anything not recognised stays in the body. A rights notice
 * (声明, 版权声明) is not chrome: it is lifted into `rights`.
 */
import type { Disposition, Draft } from './draft.ts';
import { withDispositions } from './draft.ts';

interface ChromeRule {
  pattern: RegExp;
  reason: string;
}

/** Whole-line patterns, tried in order. Short lines only (see MAX_CHROME_LENGTH). */
export const CHROME_RULES: ChromeRule[] = [
  { pattern: /^(下面|以下)是小编为大家(整理|收集|搜集|精心整理)的.*(供大家参考|欢迎阅读|希望对大家有所帮助)/, reason: "reposting site's blurb introducing the text" },
  { pattern: /^推荐(访问|阅读)\s*[:：]?$/, reason: "reposting site's heading for links to other pages" },
  { pattern: /^相关(阅读|新闻|链接)\s*[:：]?$/, reason: "news site's heading for related links" },
  { pattern: /^责任编辑\s*[:：]/, reason: "news site's editor credit line" },
  { pattern: /^(\S*(新闻|广告|投稿|举报)热线\s*[:：]\s*[\d\-— ]+\s*)+$/, reason: "news site's telephone hotlines" },
  { pattern: /^版权所有|^copyright\b|all rights reserved/i, reason: "copyright footer of the web page" },
  { pattern: /^powered by\b/i, reason: 'footer naming the software or site that serves the page' },
  { pattern: /(ICP备|ICP证|公网安备)\s*\S*号/i, reason: "site's registration number footer (ICP)" },
  { pattern: /^[【\[]?(打印本页|打印|关闭窗口|关闭|收藏|返回顶部)[】\]]?(\s*[【\[]?(打印本页|打印|关闭窗口|关闭|收藏|返回顶部)[】\]]?)*$/, reason: 'page controls (print, close)' },
  { pattern: /^(分享到|扫一扫|字号\s*[:：]?\s*[大中小])/, reason: 'page controls (share, font size)' },
];

/** Chrome lines are short; a long line is text, whatever words it contains. */
const MAX_CHROME_LENGTH = 200;
const RIGHTS = /^(版权)?声明\s*[:：]/;

export function removeChrome(draft: Draft): Draft {
  const changes = new Map<number, Disposition>();
  let rights = draft.facts.rights;
  const title = draft.facts.title?.trim();
  for (const line of draft.lines) {
    if (line.disposition.kind !== 'body') continue;
    const text = line.text.trim();
    if (RIGHTS.test(text)) {
      rights = rights ? `${rights}\n${text}` : text;
      changes.set(line.n, { kind: 'lifted', fields: ['rights'] });
      continue;
    }
    if (title && text === title) {
      changes.set(line.n, { kind: 'removed', reason: 'repeats the title, which the page prints a second time' });
      continue;
    }
    if (text.length > MAX_CHROME_LENGTH) continue;
    const rule = CHROME_RULES.find(({ pattern }) => pattern.test(text));
    if (rule) changes.set(line.n, { kind: 'removed', reason: rule.reason });
  }
  return { ...withDispositions(draft, changes), facts: { ...draft.facts, rights } };
}

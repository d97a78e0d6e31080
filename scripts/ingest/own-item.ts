/**
 * The page's own item: the body lines above a news site's heading over links to other pages (相关新闻, 新闻推荐), whose
 * teasers (…县政府召开第九次全体(扩大)会议…县长某某强调) are other items. One home for the cut, read by the metadata and
 * the place steps alike.
 */
import type { Draft, SourceLine } from './draft.ts';
import { LINKS_HEADING } from './chrome.ts';

/** The body lines of the page's own item, cut at a links heading once the item has said something (two sentences above it). */
export function ownItemLines(draft: Draft): SourceLine[] {
  const own: SourceLine[] = [];
  let said = 0;
  for (const line of draft.lines) {
    if (line.disposition.kind === 'removed' && line.disposition.reason === LINKS_HEADING && said >= 2) break;
    if (line.disposition.kind !== 'body') continue;
    own.push(line);
    if (/[。！？]/u.test(line.text)) said++;
  }
  return own;
}

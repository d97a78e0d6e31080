/**
 * Find glossary terms in running Chinese text.
 *
 * - Longest match first: all occurrences of all forms are collected, then
 *   taken longest first (earlier first among equals), skipping any that
 *   overlap one already taken. 两争一前列 inside a longer alias loses to it.
 * - No word boundaries: Chinese has none, so a form matches wherever its
 *   characters stand, except that a form beginning or ending with a Latin
 *   letter or digit must not continue a longer run of them (323+1 is not
 *   found inside 1323+1, RCEP not inside RCEPS); a form opening with a
 *   letter may follow digits (15EFlops, a quantity and its unit).
 * - A form made only of digits (1115, 13710) matches only between quotation
 *   marks, “1115”: bare numbers in reports are usually quantities.
 * - An entry may say which words must or must not follow its forms, for a
 *   form with other meanings elsewhere (两高船型, not 两高项目); the words are
 *   compared right after the form, past a closing quotation mark.
 * - Full-width and half-width forms match each other (＋ and +, ０ and 0):
 *   forms and text are folded alike (src/text/fold.ts).
 * - The trie and the scan both step through UTF-16 code units, so a form
 *   with a character outside the BMP (𠙶, CJK Extension B) matches like any
 *   other, and match offsets index the original string.
 */
import { fold } from '../text/fold.ts';

export interface TermForms {
  id: string;
  /** The term and its aliases. */
  forms: readonly string[];
  /** Words that must, or must not, follow a form for it to be this entry. */
  context?: MatchContext;
}

export interface MatchContext {
  followedBy?: readonly string[];
  notFollowedBy?: readonly string[];
  /** Only between quotation marks. */
  quoted?: boolean;
}

export interface Match {
  start: number;
  end: number;
  id: string;
}

interface TrieNode {
  /** By UTF-16 code unit: a number is looked up without making a one-character string of the text. */
  next: Map<number, TrieNode>;
  /** Ids of the terms whose form ends here. */
  ids?: string[];
  digitsOnly?: boolean;
  /** The context the first id's forms need. */
  context?: MatchContext;
}

export interface Dictionary {
  root: TrieNode;
  /** 1 for each code unit a form begins with: the scan skips the other positions without a lookup. */
  starts: Uint8Array;
  size: number;
}

export function buildDictionary(terms: readonly TermForms[]): Dictionary {
  const root: TrieNode = { next: new Map() };
  const starts = new Uint8Array(0x10000);
  let size = 0;
  for (const { id, forms, context } of terms) {
    for (const form of new Set(forms.map(fold))) {
      if (form === '') continue;
      starts[form.charCodeAt(0)] = 1;
      let node = root;
      for (let i = 0; i < form.length; i++) {
        const ch = form.charCodeAt(i);
        let child = node.next.get(ch);
        if (!child) {
          child = { next: new Map() };
          node.next.set(ch, child);
        }
        node = child;
      }
      node.ids = [...(node.ids ?? []), id];
      node.digitsOnly = /^\d+$/.test(form);
      if (node.ids.length === 1 && context) node.context = { followedBy: context.followedBy?.map(fold), notFollowedBy: context.notFollowedBy?.map(fold), quoted: context.quoted };
      size++;
    }
  }
  return { root, starts, size };
}

const ALNUM = /[0-9A-Za-z]/;
const DIGIT = /\d/;
/** What a form opening with a digit may not follow (1323+1 holds no 323+1), and one opening with a letter (XRCEP holds no RCEP; 15EFlops is a quantity and its unit). */
const BEFORE_DIGIT_FORM = /[0-9A-Za-z+.]/;
const BEFORE_LETTER_FORM = /[A-Za-z+.]/;
const CLOSING_QUOTE = /^[”"」』’]/;

/** Whether the text after a match allows it, by the entry's context words. */
function contextAllows(folded: string, end: number, context: MatchContext): boolean {
  let after = folded.slice(end, end + 24);
  if (CLOSING_QUOTE.test(after)) after = after.slice(1);
  if (context.notFollowedBy?.some((word) => after.startsWith(word))) return false;
  return context.followedBy === undefined || context.followedBy.some((word) => after.startsWith(word));
}
const OPEN_QUOTES = new Set(['“', '"', '「', '『']);
const CLOSE_QUOTES = new Set(['”', '"', '」', '』']);

/** Each place a form of the dictionary ends in `folded`: its start, its end and the trie node holding its ids. */
function eachForm(folded: string, dictionary: Dictionary, visit: (start: number, end: number, node: TrieNode & { ids: string[] }) => void): void {
  for (let start = 0; start < folded.length; start++) {
    if (dictionary.starts[folded.charCodeAt(start)] === 0) continue;
    let node: TrieNode | undefined = dictionary.root;
    for (let i = start; i < folded.length; i++) {
      node = node.next.get(folded.charCodeAt(i));
      if (!node) break;
      if (node.ids) visit(start, i + 1, node as TrieNode & { ids: string[] });
    }
  }
}

/** Every occurrence of every form, before overlaps are resolved. */
function allOccurrences(folded: string, dictionary: Dictionary): Match[] {
  const found: Match[] = [];
  eachForm(folded, dictionary, (start, end, node) => {
    if (ALNUM.test(folded[start]) && start > 0 && (DIGIT.test(folded[start]) ? BEFORE_DIGIT_FORM : BEFORE_LETTER_FORM).test(folded[start - 1])) return;
    if (ALNUM.test(folded[end - 1]) && end < folded.length && /[0-9A-Za-z+]/.test(folded[end])) return;
    if ((node.digitsOnly || node.context?.quoted) && !(OPEN_QUOTES.has(folded[start - 1]) && CLOSE_QUOTES.has(folded[end]))) return;
    if (node.context && !contextAllows(folded, end, node.context)) return;
    found.push({ start, end, id: node.ids[0] });
  });
  return found;
}

/**
 * Every entry one of whose forms is written in `text`, whether or not the
 * matcher would take it there (boundaries, quotation marks, context words
 * and overlaps are not applied): the entries that can affect how the text is
 * annotated. Added to `into` if given.
 */
export function entriesPresent(text: string, dictionary: Dictionary, into = new Set<string>()): Set<string> {
  if (dictionary.size === 0) return into;
  eachForm(fold(text), dictionary, (_start, _end, node) => {
    for (const id of node.ids) into.add(id);
  });
  return into;
}

/** The terms in `text`, without overlaps, in text order. */
export function findTerms(text: string, dictionary: Dictionary): Match[] {
  if (dictionary.size === 0 || text === '') return [];
  const candidates = allOccurrences(fold(text), dictionary).sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken = new Uint8Array(text.length);
  const chosen: Match[] = [];
  for (const match of candidates) {
    let free = true;
    for (let i = match.start; i < match.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, match.start, match.end);
    chosen.push(match);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** The text cut into plain runs and term runs, for rendering. */
export function segment(text: string, matches: readonly Match[]): { text: string; id?: string }[] {
  const parts: { text: string; id?: string }[] = [];
  let last = 0;
  for (const m of matches) {
    if (m.start > last) parts.push({ text: text.slice(last, m.start) });
    parts.push({ text: text.slice(m.start, m.end), id: m.id });
    last = m.end;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

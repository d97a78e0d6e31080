/**
 * The identifiers the archive writes in file names and URLs: report slugs,
 * glossary entry ids, facet paths. Lowercase ASCII words joined by single
 * hyphens, made from Chinese through pinyin.
 */
import { pinyin } from 'pinyin-pro';

/** A slug or id: `2021-08-24-lianyungang-etdz-speech`, `si-ge-yi-shi`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An ASCII slug for a Chinese label: 江苏省 → jiang-su-sheng; 323+1 产业 → 323-1-chan-ye. */
export function slugify(label: string): string {
  const syllables = pinyin(label, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  const slug = syllables.join('-').slice(0, 80).replace(/-+$/, '');
  return slug || 'x';
}

/** Hanyu pinyin with tone marks, a syllable per character, as glossary entries write it: 两新 → liǎng xīn. */
export function pinyinWithTones(term: string): string {
  return pinyin(term, { type: 'array', nonZh: 'consecutive', toneSandhi: false })
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^[“”"'‘’「」『』]+$/.test(s))
    .join(' ');
}

/** Pinyin without tone marks, lowercase: the key the glossary sorts and filters by. */
export function toneless(pinyin: string): string {
  return pinyin.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'v').toLowerCase();
}

export function comparePinyin(a: { pinyin: string; term: string }, b: { pinyin: string; term: string }): number {
  return toneless(a.pinyin).localeCompare(toneless(b.pinyin), 'en') || a.term.localeCompare(b.term, 'zh-CN');
}

/**
 * A wire's lead over a New Year address it prints whole: 新年前夕，国家主席某某某
 * 通过…，发表了二〇二一年新年贺词。全文如下：. The address is the document:
 * its name as the lead gives it, its giver with his office, and its day, the
 * wire's 12月31日 in the year before the one the address greets (inferred).
 * Pure: read folded, values cut from the line as written.
 */
import { fold } from '../../src/text/fold.ts';
import { chineseNumeral, NUMERAL_VALUES } from '../../src/text/chinese-numerals.ts';
import { parseOfficeLine, type SpeakerLine } from './speaker-line.ts';

export interface AddressLead {
  /** The address's name, as the lead writes it: 二〇二一年新年贺词. */
  title: string;
  giver?: SpeakerLine;
  /** The day it was given, with the evidence for its year, when the wire's slug gives the month and day. */
  delivered?: { iso: string; evidence: string };
}

const YEAR_DIGITS = `[\\d${Object.keys(NUMERAL_VALUES).filter((ch) => ch !== '十' && ch !== '两').join('')}]{4}`;
/** 新年前夕，<who>（通过…，）发表了<year>年新年贺词。全文如下. */
const ADDRESS_FOLLOWS = new RegExp(
  `新年前夕[,，]\\s*(?<who>[^,，。]{4,40}?)(?:通过[^。]{2,80}?[,，]?\\s*)?发表了?(?<title>(?<year>${YEAR_DIGITS})年?(?:新年|新春)(?:贺词|祝辞|献词|致辞))[。.]?\\s*全文如下`,
  'du',
);
/** The wire's month and day before the lead: 新华社北京12月31日电, 中国山东网12月31日讯. */
const SLUG_DAY = /(?<month>\d{1,2})月(?<day>\d{1,2})日(?:电|讯)/u;

export function addressLead(lines: string[]): AddressLead | undefined {
  for (const line of lines) {
    const folded = fold(line);
    const found = ADDRESS_FOLLOWS.exec(folded);
    if (!found?.groups || !found.indices?.groups) continue;
    const [titleStart, titleEnd] = found.indices.groups.title;
    const [whoStart, whoEnd] = found.indices.groups.who;
    const title = line.slice(titleStart, titleEnd);
    const giver = parseOfficeLine(line.slice(whoStart, whoEnd));
    const year = Number(found.groups.year) || chineseNumeral(found.groups.year);
    const slug = SLUG_DAY.exec(folded.slice(0, found.index));
    const month = Number(slug?.groups?.month);
    const day = Number(slug?.groups?.day);
    // (The eve of the year it greets: a December day is in the year before.)
    const given = year && slug ? (month === 12 ? year - 1 : year) : undefined;
    const delivered = given ? { iso: `${given}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, evidence: `原文只写“${slug![0].slice(0, -1)}”，未写年份；所发表的是“${title}”，于新年前夕发表，故为${given}年。` } : undefined;
    return { title, ...(giver ? { giver } : {}), ...(delivered ? { delivered } : {}) };
  }
  return undefined;
}

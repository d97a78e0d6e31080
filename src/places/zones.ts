/**
 * Development zones named after their city (张家界经济开发区, 宁波国家高新区,
 * 济南高新区): the code table lists no zones, so a zone stands where a
 * district does and its city is read from its name. Pure.
 */
import { fold } from '../text/fold.ts';
import { divisionsByShortName, type Division } from './gazetteer.ts';

/** The words that end a zone's name, after its city's name (and 国家级 or 国家, if printed). */
const ZONE_WORD = /(?:国家级?)?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|综合保税区|开发区)/gu;

export interface ZoneMention {
  /** The zone's name as printed: 张家界经济开发区. */
  name: string;
  /** The city its name begins with. */
  city: Division;
}

/** The zones a text names after a city the gazetteer knows by that short name, and only one city. */
export function findZones(text: string): ZoneMention[] {
  const folded = fold(text);
  const zones: ZoneMention[] = [];
  for (const word of folded.matchAll(ZONE_WORD)) {
    // (The longest city name before the word: 张家界, not 家界.)
    for (let length = Math.min(4, word.index); length >= 2; length--) {
      const cities = divisionsByShortName(folded.slice(word.index - length, word.index)).filter((d) => d.level === 'city');
      if (cities.length !== 1) continue;
      zones.push({ name: text.slice(word.index - length, word.index + word[0].length), city: cities[0] });
      break;
    }
  }
  return zones;
}

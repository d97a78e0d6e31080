/**
 * A wire's lead over a New Year address it prints whole: the address's name,
 * its giver and its day, the year before the one it greets when the wire is
 * dated in December.
 */
import { describe, expect, test } from 'vitest';
import { addressLead } from '../../scripts/ingest/address-lead.ts';

describe('a New Year address under a wire lead', () => {
  test('its name, giver and day, the eve of the year it greets', () => {
    expect(addressLead(['新华社北京12月31日电新年前夕,国家主席某某某通过中央广播电视总台和互联网,发表了二〇二一年新年贺词。全文如下:'])).toEqual({
      title: '二〇二一年新年贺词',
      giver: { office: '国家主席', name: '某某某' },
      delivered: { iso: '2020-12-31', evidence: '原文只写“12月31日”，未写年份；所发表的是“二〇二一年新年贺词”，于新年前夕发表，故为2020年。' },
    });
  });

  test('in traditional characters, as written; a January wire in the year it greets', () => {
    const lead = addressLead(['【新華社北京1月1日電】新年前夕,國家主席某某某通過中國國際廣播電臺,發表了二○一七年新年賀詞。全文如下:']);
    expect(lead).toMatchObject({ title: '二○一七年新年賀詞', giver: { office: '國家主席', name: '某某某' }, delivered: { iso: '2017-01-01' } });
  });

  test("no day without the wire's slug; nothing without the full text following", () => {
    expect(addressLead(['新年前夕,某某县人民政府县长某某某通过互联网,发表了2021年新年贺词。全文如下'])).toEqual({ title: '2021年新年贺词', giver: { office: '某某县人民政府县长', name: '某某某' } });
    expect(addressLead(['新年前夕,国家主席某某某发表了二〇二一年新年贺词。'])).toBeUndefined();
  });
});

/**
 * Synthetic archives for the benchmark: N reports made from the real
 * reports' paragraphs (so the text, its jargon and its escaping are real),
 * 5–50 KB each, with metadata spread over places and years; the real
 * reports and the real glossary are included so every glossary source
 * resolves. Deterministic: the same size gives the same archive.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toYaml } from '../ingest/yaml.ts';
import { bodyBlocks, escapeLine, mdxBody } from '../../src/text/report-mdx.ts';

/** A small deterministic PRNG (mulberry32), so archives are reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  ['江苏省', '扬州市', '扬州经济技术开发区'], ['江苏省', '扬州市', '广陵区'], ['江苏省', '扬州市', '邗江区'], ['江苏省', '扬州市', '仪征市'],
  ['江苏省', '连云港市', '连云港经济技术开发区'], ['江苏省', '泰州市', '靖江开发区'], ['江苏省', '南京市', '江北新区'], ['江苏省', '苏州市', '工业园区'],
  ['河南省', '洛阳市', '涧西区'], ['河南省', '洛阳市', '洛龙区'], ['河南省', '郑州市', '金水区'], ['浙江省', '杭州市', '滨江区'],
  ['山东省', '青岛市', '黄岛区'], ['广东省', '深圳市', '南山区'], ['四川省', '成都市', '高新区'], ['湖北省', '武汉市', '东湖高新区'],
];
const TYPES = ['speech', 'work-report', 'meeting-news', 'news'] as const;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'.split('');
const GIVEN = '建国志强海涛丽华明军文斌晓峰红梅新民正阳伟东'.split('');

export interface SyntheticArchive {
  root: string;
  reports: number;
  bytes: number;
}

export function generateArchive(size: number, root: string): SyntheticArchive {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'reports'), { recursive: true });
  mkdirSync(join(root, 'sources'), { recursive: true });
  cpSync('content/glossary', join(root, 'glossary'), { recursive: true });
  copyFileSync('content/glossary-dismissed.yaml', join(root, 'glossary-dismissed.yaml'));
  const real = readdirSync('content/reports').filter((f) => f.endsWith('.mdx'));
  for (const file of real) {
    copyFileSync(join('content/reports', file), join(root, 'reports', file));
    // The verbatim source, and a Word original where the report has one.
    const slug = file.replace(/\.mdx$/, '');
    for (const source of readdirSync('content/sources').filter((name) => name.startsWith(`${slug}.`))) copyFileSync(join('content/sources', source), join(root, 'sources', source));
  }
  const blocks = real.flatMap((file) => bodyBlocks(mdxBody(readFileSync(join('content/reports', file), 'utf8'))));
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
  const next = random(size);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  let bytes = 0;
  for (let i = real.length; i < size; i++) {
    const target = 5_000 + Math.floor(next() * 45_000);
    const lines: { text: string; heading: boolean }[] = [{ text: '同志们：', heading: false }];
    let length = 0;
    while (length < target) {
      const heading = next() < 0.08;
      const text = heading ? pick(headings) : pick(paragraphs);
      lines.push({ text, heading });
      length += Buffer.byteLength(text);
    }
    const source = `${lines.map((l) => l.text).join('\n')}\n`;
    const sha256 = createHash('sha256').update(source).digest('hex');
    const [province, city, district] = pick(PLACES);
    const year = 2015 + Math.floor(next() * 11);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const slug = `${year}-${month}-bench-${String(i).padStart(5, '0')}`;
    const frontmatter = {
      title: `${district}${pick(['工作会议讲话', '经济工作会议报告', '全会讲话', '半年工作会议讲话'])}（样本 ${i}）`,
      titleConstructed: true,
      documentType: pick(TYPES),
      speakers: [{ name: `${pick(SURNAMES)}${pick(GIVEN)}${pick(GIVEN)}`, office: `${district}党工委书记` }],
      meeting: `${district}${year}年工作会议`,
      place: { province, city, district },
      dates: { delivered: `${year}-${month}` },
      needsReview: [],
      provenance: { sourceFile: `${slug}.txt`, sha256, lifted: [], removed: [] },
    };
    const body = lines.map((l) => (l.heading ? `## ${escapeLine(l.text)}` : escapeLine(l.text))).join('\n\n');
    const mdx = `---\n${toYaml(frontmatter)}---\n\n${body}\n`;
    writeFileSync(join(root, 'reports', `${slug}.mdx`), mdx);
    writeFileSync(join(root, 'sources', `${slug}.txt`), source);
    bytes += Buffer.byteLength(mdx);
  }
  return { root, reports: size, bytes };
}

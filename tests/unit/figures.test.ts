import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { scratchDir } from '../support/scratch.ts';
import { describe, expect, it } from 'vitest';
import { extractFigures, renderFigureFile, type TextBlock } from '../../scripts/figures/extract.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { checkFigures, parseFigureFile, valueInQuote, type FigureReport, type ReportFigures } from '../../src/figures/check.ts';
import { buildSeries } from '../../src/figures/series.ts';
import { bodyBlocks, mdxBody } from '../../src/text/report-mdx.ts';
import { readReportTexts } from '../../src/text/report-texts.ts';
import { INDICATORS, type Figure } from '../../src/schemas/figures.ts';

const p = (id: string, text: string): TextBlock => ({ id, text });
const h = (text: string): TextBlock => ({ text });
const brief = (f: Figure) => [f.indicatorId, f.value, f.unit, f.period, f.kind, f.qualifier ?? '', f.scope ?? ''].join(' ');

const reportSlugs = readdirSync('content/reports').filter((n) => n.endsWith('.mdx')).sort().map((n) => n.slice(0, -'.mdx'.length));
const reports: FigureReport[] = reportSlugs.map((slug) => ({ slug, blocks: bodyBlocks(mdxBody(readFileSync(`content/reports/${slug}.mdx`, 'utf8'))) }));

describe('extractFigures', () => {
  it('maps a 分别 list to the indicators in order, with the year of the heading', () => {
    const figures = extractFigures(
      [h('一、2023年工作回顾'), p('p1', '经济运行稳中有进。实现地区生产总值768亿元,一般公共预算收入23.46亿元,工业开票1061亿元、服务业开票782亿元,同比分别增长8.1%、23.9%、7.8%和7.9%。')],
      { reportYear: '2024' },
    );
    expect(figures.map(brief)).toEqual([
      'gdp 768 亿元 2023 actual  ',
      'general-budget-revenue 23.46 亿元 2023 actual  ',
      'industrial-invoiced-sales 1061 亿元 2023 actual  ',
      'services-invoiced-sales 782 亿元 2023 actual  ',
      'gdp-growth 8.1 % 2023 actual  ',
      'general-budget-revenue-growth 23.9 % 2023 actual  ',
      'industrial-invoiced-sales-growth 7.8 % 2023 actual  ',
      'services-invoiced-sales-growth 7.9 % 2023 actual  ',
    ]);
    expect(figures.every((f) => f.checked === false && f.paragraph === 'p1')).toBe(true);
  });

  it('reads targets with 左右 and 以上, shared by indicators joined with 、, and the scope of the target list', () => {
    const figures = extractFigures(
      [h('二、2024年工作重点'), p('p2', '今年主要预期目标(不含江阴园区)是:新开工5亿元以上项目30个,新竣工20个。地区生产总值、一般公共预算收入增长8%左右,工业开票、固定资产投资增长10%以上,服务业开票增长18%左右。')],
      { reportYear: '2024' },
    );
    expect(figures.map(brief)).toEqual([
      'projects-started 30 个 2024 target  不含江阴园区',
      'projects-completed 20 个 2024 target  不含江阴园区',
      'gdp-growth 8 % 2024 target 左右 不含江阴园区',
      'general-budget-revenue-growth 8 % 2024 target 左右 不含江阴园区',
      'industrial-invoiced-sales-growth 10 % 2024 target 以上 不含江阴园区',
      'fixed-asset-investment-growth 10 % 2024 target 以上 不含江阴园区',
      'services-invoiced-sales-growth 18 % 2024 target 左右 不含江阴园区',
    ]);
    expect(figures[2].quote).toBe('地区生产总值、一般公共预算收入增长8%左右');
  });

  it('carries the indicator to a following 增速, reads 接近 and a scope in brackets, and skips ranks', () => {
    const figures = extractFigures([p('p6', '2021年完成地区生产总值接近700亿元(含高新)。*区GDP完成414亿元,增速6.3%,排名全市第2;')], { reportYear: '2022' });
    expect(figures.map(brief)).toEqual(['gdp 700 亿元 2021 actual 接近 含高新', 'gdp 414 亿元 2021 actual  ', 'gdp-growth 6.3 % 2021 actual  ']);
    expect(figures[2].quote).toBe('GDP完成414亿元,增速6.3%');
  });

  it('reads a percentage of an amount as its growth, and 今年 as the report year', () => {
    const figures = extractFigures([p('p30', '今年主要预期目标是:固定资产投资增长11%,其中工业投资15%,社会消费品零售总额增长9 %以上,城镇调查失业率控制在5.5%以内。')], { reportYear: '2022' });
    expect(figures.map(brief)).toEqual([
      'fixed-asset-investment-growth 11 % 2022 target  ',
      'industrial-investment-growth 15 % 2022 target  ',
      'retail-sales-growth 9 % 2022 target 以上 ',
      'surveyed-unemployment-rate 5.5 % 2022 target 以内 ',
    ]);
  });

  it('proposes nothing for project sizes, thresholds, ranges or numbers without a known indicator', () => {
    const figures = extractFigures([
      p('p1', '新签约总投资21亿元的朗慧总部经济、15亿元的奥莱新城等一批重大项目签约落地。国信秦港10万吨级泊位获批对外开放。力争3-5家企业成功上市。入选省重大项目6个。'),
    ]);
    expect(figures).toEqual([]);
  });

  it('does not guess when a 分别 list has more values than named indicators', () => {
    const figures = extractFigures([p('p1', '主要指标同比分别增长8.1%、23.9%。')]);
    expect(figures).toEqual([]);
  });

  it('never invents a number: on every report, each value is written in its quote and each quote is in its paragraph', () => {
    let total = 0;
    for (const report of reports) {
      const paragraphs = new Map(report.blocks.filter((b) => b.id).map((b) => [b.id, b.text]));
      for (const figure of extractFigures(report.blocks, { reportYear: report.slug.slice(0, 4) })) {
        total++;
        expect(valueInQuote(figure.value, figure.quote)).toBe(true);
        expect(paragraphs.get(figure.paragraph)).toContain(figure.quote);
        expect(figure.checked).toBe(false);
        expect(Object.keys(INDICATORS)).toContain(figure.indicatorId);
      }
    }
    expect(total).toBeGreaterThan(40);
  });

  it('never invents a number on made-up text either: the build check (valueInQuote) accepts every proposal', () => {
    const pieces = ['地区生产总值', 'GDP', '增长', '增速', '分别', '、', ',', '。', '(含高新)', '左右', '以上', '接近', '力争', '今年', '2021年', '亿元', '%', '家', '个', '1,061', '3-5', '第2', '的', '8', '8.1', '23.46', '０', '.', ' '];
    let proposals = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const figure of extractFigures([p('p1', text)], { reportYear: '2022' })) {
          proposals++;
          // The check the build runs, with its own reading of numbers (full-width digits, separators).
          if (!valueInQuote(figure.value, figure.quote) || !text.includes(figure.quote)) return false;
        }
        return true;
      }),
      { numRuns: 2000, seed: 20261129 },
    );
    // Not a vacuous pass: the made-up texts do yield figures.
    expect(proposals).toBeGreaterThan(10);
  });

  it('writes a figure file that reads back, the same bytes every time, and [] for none', () => {
    const figures = extractFigures([p('p1', '实现地区生产总值768亿元,增长8.1%。')], { reportYear: '2023' });
    const text = renderFigureFile(figures);
    expect(renderFigureFile(figures)).toBe(text);
    expect(text.startsWith('- indicator: "地区生产总值"\n  indicatorId: "gdp"\n  value: 768\n')).toBe(true);
    expect(parseFigureFile('x.yaml', text)).toEqual({ figures, errors: [] });
    expect(renderFigureFile([])).toBe('[]\n');
    expect(parseFigureFile('x.yaml', '[]\n')).toEqual({ figures: [], errors: [] });
  });
});

const figure = (fields: Partial<Figure>): Figure => ({
  indicator: '地区生产总值',
  indicatorId: 'gdp',
  value: 768,
  unit: '亿元',
  period: '2023',
  kind: 'actual',
  paragraph: 'p1',
  quote: '实现地区生产总值768亿元',
  checked: true,
  ...fields,
});
const miniReport: FigureReport = { slug: 'r', blocks: [{ id: 'p1', text: '实现地区生产总值768亿元,工业开票1,061亿元,增长8.1%,社会消费品零售总额增长9 %以上。' }] };

describe('checkFigures', () => {
  it('passes figures that match the text, in the text’s own formatting', () => {
    const figures = [
      figure({}),
      figure({ indicator: '工业开票', indicatorId: 'industrial-invoiced-sales', value: 1061, quote: '工业开票1,061亿元' }),
      figure({ indicator: '社会消费品零售总额', indicatorId: 'retail-sales-growth', value: 9, unit: '%', kind: 'target', qualifier: '以上', quote: '社会消费品零售总额增长9 %以上' }),
    ];
    expect(checkFigures([{ slug: 'r', figures }], [miniReport])).toEqual({ errors: [], warnings: [] });
  });

  it('reads the reports once, one at a time, as the build gives them', () => {
    const kept: string[] = [];
    function* oneAtATime() {
      for (const report of [{ slug: 'other', blocks: [] }, miniReport]) {
        kept.push(report.slug);
        yield report;
      }
    }
    expect(checkFigures([{ slug: 'r', figures: [figure({})] }], oneAtATime())).toEqual({ errors: [], warnings: [] });
    expect(kept).toEqual(['other', 'r']);
  });

  it('reads values as whole numbers, in full-width digits too', () => {
    expect(valueInQuote(8.1, '增长8.1%')).toBe(true);
    expect(valueInQuote(8, '增长8.1%')).toBe(false);
    expect(valueInQuote(1061, '工业开票1,061亿元')).toBe(true);
    expect(valueInQuote(23.46, '收入２３．４６亿元')).toBe(true);
    expect(valueInQuote(1.5, '1.50万人')).toBe(true);
  });

  it('names the file, the figure and the fix for every kind of problem', () => {
    const figures = [
      figure({ indicatorId: 'gross-product' }),
      figure({ unit: '亿' }),
      figure({ paragraph: 'p9' }),
      figure({ quote: '地区生产总值768亿元。' }),
      figure({ indicator: 'GDP' }),
      figure({ value: 76 }),
      figure({ qualifier: '左右' }),
      figure({ checked: false, period: '2022' }),
      figure({ value: 8.1, unit: '%', indicatorId: 'gdp-growth', quote: '增长8.1%' }),
      figure({ value: 8, unit: '%', indicatorId: 'gdp-growth', quote: '增长8.1%' }),
    ];
    const check = checkFigures([{ slug: 'r', figures }, { slug: 'gone', figures: [] }], [miniReport]);
    const errors = check.errors.map(formatProblem);
    const warnings = check.warnings.map(formatProblem);
    expect(errors).toEqual([
      'content/figures/r.yaml: figure 1 (地区生产总值 768亿元, p1): indicatorId "gross-product" is not a known indicator; use an id from INDICATORS in src/schemas/figures.ts, or add the new indicator there',
      expect.stringMatching(/^content\/figures\/r\.yaml: figure 2 .*unit "亿" is not a known unit; write it as one of 亿元 .* or add it to UNITS in src\/schemas\/figures\.ts$/),
      'content/figures/r.yaml: figure 3 (地区生产总值 768亿元, p9): r has no paragraph p9; check the anchor on the report page (#p1, #p2, …)',
      'content/figures/r.yaml: figure 4 (地区生产总值 768亿元, p1): the quote "地区生产总值768亿元。" is not in r#p1; copy it exactly from that paragraph',
      'content/figures/r.yaml: figure 5 (GDP 768亿元, p1): the indicator "GDP" is not in r#p1; write the indicator as the paragraph words it',
      'content/figures/r.yaml: figure 6 (地区生产总值 76亿元, p1): the value 76 is not written in the quote "实现地区生产总值768亿元"; correct the value, or quote the words that state it',
      'content/figures/r.yaml: figure 6 (地区生产总值 76亿元, p1): gives 76 where figure 3 (地区生产总值 768亿元, p9) gives 768 for the same indicator, period, kind and scope; set scope to tell them apart, or delete the wrong one',
      'content/figures/r.yaml: figure 7 (地区生产总值 768亿元, p1): the qualifier "左右" is not in the quote; copy it as the text words it, widen the quote to include it, or delete it',
      'content/figures/r.yaml: figure 10 (地区生产总值 8%, p1): the value 8 is not written in the quote "增长8.1%"; correct the value, or quote the words that state it',
      'content/figures/r.yaml: figure 10 (地区生产总值 8%, p1): gives 8 where figure 9 (地区生产总值 8.1%, p1) gives 8.1 for the same indicator, period, kind and scope; set scope to tell them apart, or delete the wrong one',
      'content/figures/gone.yaml: there is no report content/reports/gone.mdx; name the file after a report\'s slug, or delete it',
    ]);
    expect(warnings).toContain(
      'content/figures/r.yaml: figure 8 (地区生产总值 768亿元, p1): not checked yet; compare it with r#p1, correct or delete it, then set checked: true',
    );
    expect(warnings).toContain('content/figures/r.yaml: figure 4 (地区生产总值 768亿元, p1): repeats figure 3 (地区生产总值 768亿元, p9); keep one of them');
  });

  it('explains a file that is not valid YAML or does not match the schema', () => {
    expect(parseFigureFile('f.yaml', '- indicator: "a\n').errors.map(formatProblem)[0]).toMatch(/^f\.yaml: is not valid YAML \(.*\); check the indentation and quotes$/);
    expect(parseFigureFile('f.yaml', '').errors.map(formatProblem)).toEqual(['f.yaml: (file) is empty: write [] for a report without key figures; every field is described in src/schemas/figures.ts']);
    const bad = parseFigureFile('f.yaml', '- indicator: "GDP"\n  indicatorId: "GDP"\n  value: "768"\n  unit: "亿元"\n  period: "2023年"\n  kind: "plan"\n  paragraph: "4"\n  quote: "GDP768"\n  checked: "yes"\n  source: "x"\n');
    expect(bad.errors.map((p) => p.what)).toEqual([
      'figure 1 indicatorId must be lowercase ASCII words joined by hyphens, such as "gdp-growth"; see INDICATORS in src/schemas/figures.ts',
      'figure 1 value must be a number without quotes or units, such as 23.46',
      'figure 1 period must be a year "2023", a month "2021-06" (figures to the end of that month) or a span "2021/2025"',
      'figure 1 kind must be actual (achieved) or target (planned, expected)',
      'figure 1 paragraph must be a paragraph anchor such as "p4"',
      'figure 1 checked must be true or false without quotes: true only after comparing the figure with the text',
      'figure 1 has unknown field "source": check the spelling; the fields here are indicator, indicatorId, value, unit, period, kind, qualifier, scope, paragraph, quote, checked, note',
    ]);
  });
});

describe('the committed figure files', () => {
  const files: ReportFigures[] = readdirSync('content/figures')
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const { figures, errors } = parseFigureFile(`content/figures/${name}`, readFileSync(`content/figures/${name}`, 'utf8'));
      expect(errors).toEqual([]);
      return { slug: name.slice(0, -'.yaml'.length), figures };
    });

  // A reviewed report's figures are checked by hand; a draft's wait for its editor (npm run figures:extract proposes them).
  it('exist for every reviewed report', () => {
    const reviewed = readReportTexts().filter((r) => r.reviewed).map((r) => r.slug);
    expect(reviewed.length).toBeGreaterThan(0);
    for (const slug of reviewed) expect(files.map((f) => f.slug), slug).toContain(slug);
  });

  it('all pass the check against the reports, and all have been checked by hand', () => {
    expect(checkFigures(files, reports)).toEqual({ errors: [], warnings: [] });
    for (const file of files) for (const f of file.figures) expect(f.checked, `${file.slug} ${f.paragraph} ${f.indicator}`).toBe(true);
  });

  it('are written as the extractor writes them', () => {
    for (const file of files) expect(readFileSync(`content/figures/${file.slug}.yaml`, 'utf8')).toBe(renderFigureFile(file.figures));
  });
});

describe('buildSeries', () => {
  it('groups checked figures by indicator, unit and kind across reports, by period', () => {
    const files: ReportFigures[] = [
      { slug: 'b-2024', figures: [figure({ period: '2023' }), figure({ indicatorId: 'gdp-growth', value: 8, unit: '%', kind: 'target', qualifier: '左右', period: '2024' })] },
      { slug: 'a-2022', figures: [figure({ value: 414, scope: '*区', period: '2021' }), figure({ value: 1, checked: false })] },
    ];
    const series = buildSeries(files);
    expect(series.map((s) => [s.indicatorId, s.name, s.unit, s.kind, s.reports])).toEqual([
      ['gdp', '地区生产总值', '亿元', 'actual', 2],
      ['gdp-growth', '地区生产总值增速', '%', 'target', 1],
    ]);
    expect(series[0].points).toEqual([
      { report: 'a-2022', period: '2021', value: 414, scope: '*区', indicator: '地区生产总值', paragraph: 'p1' },
      { report: 'b-2024', period: '2023', value: 768, indicator: '地区生产总值', paragraph: 'p1' },
    ]);
    expect(series[1].points[0].qualifier).toBe('左右');
    expect(buildSeries(files, { minReports: 2 }).map((s) => s.indicatorId)).toEqual(['gdp']);
  });
});

describe('npm run figures:extract', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['scripts/figures.ts', ...args], { encoding: 'utf8' });

  it('writes proposals once, keeps an existing file unless forced, and reports each report on one line', () => {
    const content = scratchDir('figures');
    cpSync('content/reports', join(content, 'reports'), { recursive: true });
    const slug = '2024-jingjiang-edz-work-report';
    const file = join(content, 'figures', `${slug}.yaml`);

    const first = run([slug, 'no-such-report', '--content', content]);
    expect(first.status).toBe(1);
    expect(first.stdout).toContain(`wrote ${file}: `);
    expect(first.stderr).toContain('no-such-report.mdx: no such report. Check the slug');
    expect(first.stdout.trim().split('\n').at(-1)).toBe('figures:extract: 2 reports: 1 written, 0 kept (already exist), 1 failed');
    const proposals = parseFigureFile(file, readFileSync(file, 'utf8'));
    expect(proposals.errors).toEqual([]);
    expect(proposals.figures.length).toBeGreaterThan(10);
    expect(proposals.figures.every((f) => !f.checked)).toBe(true);

    writeFileSync(file, '[]\n');
    const again = run(['--all', '--content', content]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`kept ${file}: it exists`);
    expect(readFileSync(file, 'utf8')).toBe('[]\n');
    expect(again.stdout.trim().split('\n').at(-1)).toBe(`figures:extract: ${reportSlugs.length} reports: ${reportSlugs.length - 1} written, 1 kept (already exist), 0 failed`);

    expect(run([slug, '--force', '--content', content]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe('[]\n');
  });

  it('explains a wrong call', () => {
    expect(run([]).status).toBe(2);
    expect(run([]).stderr).toContain('no reports given');
    expect(run(['--all', 'x']).stderr).toContain('give either SLUG... or --all, not both');
    expect(existsSync('content/figures/x.yaml')).toBe(false);
  });
});

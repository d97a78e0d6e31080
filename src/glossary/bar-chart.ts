/**
 * A small horizontal bar chart as static SVG, built at build time: no chart
 * library, nothing loaded at run time. Labels and values are text in the SVG.
 */
import { escapeXml } from '../lib/text-formats.ts';

export interface Bar {
  label: string;
  value: number;
}


export function barChartSvg(bars: readonly Bar[], title: string): string {
  const rowHeight = 24;
  // Wide enough for the longest label (13 px a character at the chart's font size).
  const labelWidth = Math.min(360, Math.max(96, 12 + 13 * Math.max(0, ...bars.map((b) => [...b.label].length))));
  const barWidth = 220;
  const width = labelWidth + barWidth + 48;
  const height = bars.length * rowHeight + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars
    .map((bar, i) => {
      const y = 4 + i * rowHeight;
      const w = Math.max(2, Math.round((bar.value / max) * barWidth));
      return `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeXml(bar.label)}</text><rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowHeight - 8}" rx="2"/><text x="${labelWidth + w + 6}" y="${y + 16}">${bar.value}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>${rows}</svg>`;
}

/**
 * Draws a ChartSpec as an SVG document (a string), with Apache ECharts' server-side SVG
 * renderer. The same string serves the screen (shown as an <img> from a blob: URL, so the
 * app's strict CSP, which allows no inline styles, never sees the SVG's own styles), the PDF
 * (inline in the print document, whose CSP allows inline styles) and the DOCX (rasterised to
 * PNG). ECharts escapes every text it writes into the SVG; the string has no script.
 *
 * Only the parts used are imported (tree-shaking keeps the bundle small), and no animation:
 * a chart is a figure in a report, not a show.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import { LegacyGridContainLabel } from 'echarts/features';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from './chart-spec';

// containLabel (axis labels kept inside the picture) needs its own feature since ECharts 6.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, AriaComponent, LegacyGridContainLabel, SVGRenderer]);

/**
 * Calm colours that stay apart for the common colour-vision deficiencies: Okabe–Ito's eight,
 * then Paul Tol's muted ones, so the fifteen concern types of a stacked bar never share a colour.
 */
export const chartPalette = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
  '#332288',
  '#88CCEE',
  '#117733',
  '#DDCC77',
  '#882255',
  '#999933',
  '#AA4499',
  '#44AA99',
  '#CC6677',
];

/**
 * Font names quoted with single quotes: ECharts writes this into style="…" attributes
 * unescaped, and a double quote there ends the attribute (the SVG would not load).
 */
const fontFamily = "system-ui, 'Segoe UI', Roboto, Arial, sans-serif";
const fontSize = 12;

/**
 * How wide a text is drawn. In the app (a browser) a canvas measures it with the same fonts the
 * SVG is drawn in, and ECharts is given the same measure, so legend entries and labels are laid
 * out by their real widths (its own guess, without a canvas, let long German legend entries
 * overlap). Elsewhere (unit tests in Node) a plain estimate.
 */
const measureText: ((text: string, font?: string) => { width: number }) | null = (() => {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return null;
  return (text: string, font?: string) => {
    context.font = font ?? `${fontSize}px ${fontFamily}`;
    return { width: context.measureText(text).width };
  };
})();
if (measureText) echarts.setPlatformAPI({ measureText: measureText as never });

const textWidth = (text: string) => (measureText ? measureText(text, `${fontSize}px ${fontFamily}`).width : text.length * fontSize * 0.62);

/** ECharts' plain legend: icon 25 px, 5 px to the text, 10 px between entries, 5 px padding each side; 24 px a line. */
const legendLine = 24;
function legendLines(names: readonly string[], width: number): number {
  const available = width - 10;
  let lines = 1;
  let used = 0;
  for (const name of names) {
    const item = 25 + 5 + textWidth(name);
    if (used > 0 && used + item > available) {
      lines += 1;
      used = 0;
    }
    used += item + 10;
  }
  return lines;
}

export interface SvgSize {
  width: number;
  height: number;
}

/** The drawn size of an SVG from renderChartSvg (its height grows with the legend's lines). */
export function svgSize(svg: string, fallback: SvgSize = { width: 720, height: 320 }): SvgSize {
  const match = /^<svg width="(\d+)" height="(\d+)"/.exec(svg);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : fallback;
}

export function renderChartSvg(spec: ChartSpec, size: SvgSize = { width: 720, height: 320 }): string {
  const names = spec.series.map((series) => series.name);
  const lines = names.length > 1 ? legendLines(names, size.width) : 0;
  // The legend below the plot grows by whole lines; the plot keeps its height.
  const height = size.height + Math.max(0, lines - 1) * legendLine;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height });
  try {
    const stacked = spec.kind === 'stackedBar';
    chart.setOption({
      animation: false,
      color: chartPalette,
      textStyle: { fontFamily, fontSize },
      legend: lines > 0 ? { bottom: 0, type: 'plain', data: names } : undefined,
      // Room above the plot for the value axis's name.
      grid: { left: 48, right: 16, top: 36, bottom: 40 + lines * legendLine, containLabel: true },
      xAxis: { type: 'category', data: spec.categories, axisLabel: { interval: 0, hideOverlap: true } },
      yAxis: { type: 'value', name: spec.valueLabel, minInterval: 1, ...(spec.percent ? { max: 100 } : {}) },
      series: spec.series.map((series) => ({
        name: series.name,
        type: spec.kind === 'line' ? 'line' : 'bar',
        ...(stacked ? { stack: 'total' } : {}),
        data: series.values.map((value) => (value === null ? '-' : value)),
        connectNulls: false,
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

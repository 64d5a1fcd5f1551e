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
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from './chart-spec';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

/** Calm colours that stay apart for the common colour-vision deficiencies (Okabe–Ito). */
export const chartPalette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export interface SvgSize {
  width: number;
  height: number;
}

export function renderChartSvg(spec: ChartSpec, size: SvgSize = { width: 720, height: 320 }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    const stacked = spec.kind === 'stackedBar';
    chart.setOption({
      animation: false,
      color: chartPalette,
      // Single quotes: ECharts writes the family into a double-quoted style attribute unescaped.
      textStyle: { fontFamily: "system-ui, 'Segoe UI', Roboto, Arial, sans-serif", fontSize: 12 },
      legend: spec.series.length > 1 ? { bottom: 0, type: 'plain', data: spec.series.map((series) => series.name) } : undefined,
      grid: { left: 48, right: 16, top: 16, bottom: spec.series.length > 1 ? 64 : 40, containLabel: true },
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

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../renderer/src/charts/chart-spec';
import { renderChartSvg } from '../../../renderer/src/charts/render-svg';

const spec: ChartSpec = {
  kind: 'stackedBar',
  title: 'Aufgaben je Quartal',
  categories: ['Q1 2025', 'Q2 2025 <b>&'],
  series: [
    { name: 'Eröffnet "neu"', values: [1, null] },
    { name: 'Erledigt', values: [0, 2] },
  ],
  valueLabel: 'Aufgaben',
};

describe('a chart drawn as SVG', () => {
  it('is a well-formed SVG document an <img> can show, with the texts it was given', () => {
    const svg = renderChartSvg(spec);
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(document.documentElement.localName).toBe('svg');
    const texts = [...document.getElementsByTagName('text')].map((text) => text.textContent);
    expect(texts).toContain('Q2 2025 <b>&');
    expect(texts).toContain('Eröffnet "neu"');
  });
});

import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../renderer/src/charts/render-svg';

/** Every start tag with only well-formed attributes (name="value without a double quote"). */
const wellFormedTag = /<[a-zA-Z][\w:-]*(?:\s+[\w:-]+="[^"<]*")*\s*\/?>/g;
const anyStartTag = /<[a-zA-Z]/g;

describe('a chart drawn as SVG', () => {
  it('is well-formed, so a browser loads it as an image, whatever the labels hold', () => {
    const svg = renderChartSvg({
      kind: 'bar',
      title: 'Fälle',
      categories: ['Rechtsextremismus', '„Reichsbürger“ & "Selbstverwalter" <b>'],
      series: [
        { name: 'Dieser Zeitraum', values: [12, null] },
        { name: 'Zeitraum davor', values: [5, 6] },
      ],
      valueLabel: 'Fälle',
      suppressedLabel: '<5',
    });
    expect(svg.match(wellFormedTag)?.length).toBe(svg.match(anyStartTag)?.length);
    expect(svg).toContain('&quot;Selbstverwalter&quot; &lt;b&gt;');
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../renderer/src/charts/render-svg';

describe('a chart drawn as SVG', () => {
  // An SVG shown as an image (on screen from a blob:, in the PDF from a data: URL, rasterised
  // for the DOCX) is drawn only when it is well-formed XML; a browser shows a broken image otherwise.
  it('is well-formed XML, with record text (an area as typed) as text, never as markup', () => {
    const svg = renderChartSvg({
      kind: 'bar',
      title: 'Fälle',
      categories: ['Nord"><script>alert(1)</script>', "Süd'&<b>"],
      series: [
        { name: 'a"<x>', values: [19, null] },
        { name: 'b', values: [12, 5] },
      ],
      valueLabel: 'Fälle',
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const texts = [...doc.getElementsByTagName('text')].map((text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Nord"><script>alert(1)</script>', "Süd'&<b>", 'a"<x>']));
  });
});

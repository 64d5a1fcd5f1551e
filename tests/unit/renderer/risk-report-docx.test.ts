import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildFiguresReport, buildRiskReport, reportToDocx, type ReportDocument } from '../../../renderer/src/export/risk-report';
import { confidentialSourceTitle, riskReportInput } from '../../fixtures/risk-edition';

/** The smallest valid PNG (1×1): what the fake rasteriser returns instead of drawing. */
const onePixelPng = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (char) =>
  char.charCodeAt(0),
);

async function unpack(doc: ReportDocument) {
  const rasterised: { svg: string; width: number; height: number }[] = [];
  const bytes = await reportToDocx(doc, {
    chartSvg: (spec) => `<svg data-title="${spec.title}"></svg>`,
    rasterise: async (svg, width, height) => {
      rasterised.push({ svg, width, height });
      return onePixelPng;
    },
  });
  const files = unzipSync(bytes);
  const text = (pattern: RegExp) =>
    Object.entries(files)
      .filter(([name]) => pattern.test(name))
      .map(([, data]) => strFromU8(data))
      .join('\n');
  return { files, rasterised, body: text(/^word\/document\.xml$/), headers: text(/^word\/header\d+\.xml$/), footers: text(/^word\/footer\d+\.xml$/) };
}

/** The text of each paragraph, as Word shows it. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((run) => run[1])
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

describe('risk report DOCX', () => {
  it('holds the threats in order with their ratings, and the marking in every page header and footer', async () => {
    const { body, headers, footers, rasterised, files } = await unpack(buildRiskReport(riskReportInput(), { variant: 'full', language: 'de' }));
    const text = paragraphs(body);
    const threatHeadings = text.filter((line) => /^\d\. /.test(line));
    expect(threatHeadings).toEqual(['1. Anwerbung an Schulen', '2. Online-Propaganda', '3. Linksextremismus']);
    expect(text).toContain('Bewertung: Rot · 20 (Wahrscheinlichkeit 4 × Auswirkung 5)');
    expect(text).toContain('Bewertung: Grün · 4 (Wahrscheinlichkeit 2 × Auswirkung 2)');
    expect(text).toContain('Flyer und Chatgruppen <b>an drei Schulen</b>.');
    expect(paragraphs(headers).join('\n')).toContain('Vertraulich – vollständige Fassung');
    expect(paragraphs(headers).join('\n')).toContain('ENTWURF');
    expect(paragraphs(footers).join('\n')).toContain('Vertraulich – vollständige Fassung');
    expect(body).toContain(confidentialSourceTitle);
    // The concern chart, rasterised at twice the print size, as a picture with its title as alternative text.
    expect(rasterised).toEqual([{ svg: '<svg data-title="Fälle nach Art der Sorge"></svg>', width: 1360, height: 600 }]);
    expect(Object.keys(files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    expect(body).toContain('descr="Fälle nach Art der Sorge"');
  });

  it('leaves the confidential sources out of the wider version and marks its pages with the lower marking', async () => {
    const { body, headers } = await unpack(buildRiskReport(riskReportInput(), { variant: 'circulation', language: 'en' }));
    expect(body).not.toContain(confidentialSourceTitle);
    expect(paragraphs(body)).toContain('1 section marked confidential has been left out of this version.');
    expect(paragraphs(headers).join('\n')).toContain('Internal – for wider circulation');
    expect(headers).not.toContain('Confidential');
  });
});

describe('figures report DOCX', () => {
  it('gives each figure its chart as a picture and its table, with the marking in the header', async () => {
    const doc = buildFiguresReport(
      [
        {
          id: 'referrals',
          heading: 'Fallmeldungen',
          charts: [
            {
              kind: 'bar',
              title: 'Pro Quartal',
              categories: ['2025-Q1', '2025-Q2'],
              series: [{ name: 'Fallmeldungen', values: [7, null] }],
              valueLabel: 'n',
              suppressedLabel: '<5',
            },
          ],
        },
      ],
      { start: '2025-01-01', end: '2025-12-31' },
      { language: 'de', networkName: 'Netzwerk Nordstadt' },
    );
    const { body, headers, rasterised } = await unpack(doc);
    expect(rasterised.map((entry) => entry.svg)).toEqual(['<svg data-title="Pro Quartal"></svg>']);
    const text = paragraphs(body);
    expect(text).toEqual(expect.arrayContaining(['Kennzahlen des Netzwerks', 'Fallmeldungen', 'Tabelle: Pro Quartal', '2025-Q2', '<5']));
    expect(paragraphs(headers).join('\n')).toContain('Intern');
  });
});

import { describe, expect, it } from 'vitest';
import { buildFiguresReport, buildRiskReport, reportToPrintHtml, type ReportDocument } from '../../../renderer/src/export/risk-report';
import { caseFigures, confidentialSourceTitle, riskEdition, riskReportInput } from '../../fixtures/risk-edition';

/** Every text of a report, flattened, to look for words in. */
function allText(doc: ReportDocument): string {
  return JSON.stringify(doc);
}

const subheadings = (doc: ReportDocument, sectionId: string) =>
  doc.sections.find((section) => section.id === sectionId)?.blocks.flatMap((block) => (block.kind === 'subheading' ? [block.text] : [])) ?? [];

describe('risk report model', () => {
  it('holds every section in the full version, marked with the highest marking (confidential sources)', () => {
    const doc = buildRiskReport(riskReportInput(), { variant: 'full', language: 'de' });
    expect(doc.sections.map((section) => section.id)).toEqual(['summary', 'threats', 'sources', 'factors', 'gaps', 'caseFigures']);
    expect(doc.marking).toBe('Vertraulich – vollständige Fassung');
    expect(allText(doc)).toContain(confidentialSourceTitle);
    expect(doc.notices.join(' ')).not.toMatch(/nicht enthalten/);
  });

  it('leaves the confidential section out of the wider version, says so without naming it, and lowers the marking', () => {
    const doc = buildRiskReport(riskReportInput(), { variant: 'circulation', language: 'en' });
    expect(doc.sections.map((section) => section.id)).toEqual(['summary', 'threats', 'factors', 'gaps', 'caseFigures']);
    const text = allText(doc);
    expect(text).not.toContain(confidentialSourceTitle);
    // Nor the grading of that source quoted as a threat's evidence.
    expect(text).not.toContain('B2');
    expect(doc.notices).toContain('1 section marked confidential has been left out of this version.');
    expect(doc.notices.join(' ')).not.toMatch(/source/i);
    expect(doc.marking).toBe('Internal – for wider circulation');
  });

  it('takes the marking from what the version holds: all public gives "public", one confidential threat section "confidential"', () => {
    const publicMarkings = {
      summary: 'public',
      threats: 'public',
      sources: 'public',
      factors: 'public',
      gaps: 'public',
      response: 'public',
      caseFigures: 'public',
    } as const;
    const allPublic = buildRiskReport(riskReportInput({ edition: riskEdition({ markings: publicMarkings }) }), { variant: 'full', language: 'en' });
    expect(allPublic.marking).toBe('Public – full version');
    const response = buildRiskReport(riskReportInput({ edition: riskEdition({ markings: { ...publicMarkings, response: 'confidential' } }) }), {
      variant: 'full',
      language: 'en',
    });
    expect(response.marking).toBe('Confidential – full version');
    const wider = buildRiskReport(riskReportInput({ edition: riskEdition({ markings: { ...publicMarkings, response: 'confidential' } }) }), {
      variant: 'circulation',
      language: 'en',
    });
    expect(wider.marking).toBe('Public – for wider circulation');
    expect(allText(wider)).not.toContain('Elternabend');
  });

  it('orders the threats most serious first, each with its rating in words and score', () => {
    const doc = buildRiskReport(riskReportInput(), { variant: 'full', language: 'de' });
    expect(subheadings(doc, 'threats').filter((heading) => /^\d\./.test(heading))).toEqual([
      '1. Anwerbung an Schulen',
      '2. Online-Propaganda',
      '3. Linksextremismus',
    ]);
    const ratings = doc.sections
      .find((section) => section.id === 'threats')
      ?.blocks.flatMap((block) => (block.kind === 'facts' ? block.facts.filter((fact) => fact.label === 'Bewertung').map((fact) => fact.value) : []));
    expect(ratings).toEqual([
      'Rot · 20 (Wahrscheinlichkeit 4 × Auswirkung 5)',
      'Gelb · 9 (Wahrscheinlichkeit 3 × Auswirkung 3)',
      'Grün · 4 (Wahrscheinlichkeit 2 × Auswirkung 2)',
    ]);
  });

  it('prints the response: linked actions with owner, due date and status, and the partners responsible', () => {
    const doc = buildRiskReport(riskReportInput(), { variant: 'full', language: 'en' });
    const tables = doc.sections.find((section) => section.id === 'threats')?.blocks.filter((block) => block.kind === 'table') ?? [];
    expect(tables).toHaveLength(1);
    expect(tables[0]?.kind === 'table' && tables[0].table.rows).toEqual([
      [['Elternabend zu Anwerbung vorbereiten'], ['Gesamtschule Nord'], ['31 Mar 2026'], ['In progress']],
    ]);
    expect(allText(doc)).toContain('Polizei Lagebesprechung 3. März (B2)');
  });

  it('prints suppressed counts as "<5" and never a number for them', () => {
    const doc = buildRiskReport(riskReportInput(), { variant: 'full', language: 'en' });
    const figures = doc.sections.find((section) => section.id === 'caseFigures');
    const concernTable = figures?.blocks.find((block) => block.kind === 'table');
    expect(concernTable?.kind === 'table' && concernTable.table.rows).toEqual([
      [['Right-wing extremism'], ['19'], ['12'], ['+7']],
      [['Islamist extremism'], ['<5'], ['5'], ['–']],
    ]);
    const chart = figures?.blocks.find((block) => block.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.spec.series.map((series) => series.values)).toEqual([
      [19, null],
      [12, 5],
    ]);
  });

  it('names the agreement: date, meeting and decision', () => {
    const edition = riskEdition({
      status: 'agreed',
      agreement: { agreedOn: '2026-02-04', meetingId: 'm-1', decisionId: 'd-1', recordedBy: { name: 'A', organisation: 'B' } },
      caseFigures,
    });
    const doc = buildRiskReport(
      riskReportInput({
        edition,
        agreedAt: { meeting: { title: 'Netzwerktreffen', startsAt: '2026-02-04T15:00:00.000Z', timeZone: 'Europe/Berlin' }, decision: 'Lagebild beschlossen' },
      }),
      { variant: 'full', language: 'de' },
    );
    expect(doc.draftMark).toBeNull();
    expect(doc.facts).toEqual(
      expect.arrayContaining([
        { label: 'Status', value: 'Beschlossen am 04.02.2026' },
        { label: 'Beschlossen in', value: 'Netzwerktreffen (04.02.2026)' },
        { label: 'Beschluss', value: 'Lagebild beschlossen' },
      ]),
    );
  });
});

describe('risk report print HTML', () => {
  const fakeChart = () => '<svg xmlns="http://www.w3.org/2000/svg"><text>chart</text></svg>';

  it('escapes user text and embeds charts as data: images, the marking in the running header and footer', () => {
    const hostile = riskEdition({ title: '</title><script>alert(1)</script>', summary: '<img src=x onerror=alert(1)>' });
    const doc = buildRiskReport(riskReportInput({ edition: hostile }), { variant: 'full', language: 'en' });
    const html = reportToPrintHtml(doc, [{ css: 'body{}' }], fakeChart);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;b&gt;an drei Schulen&lt;/b&gt;');
    expect(html).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="Cases by concern"/);
    expect(html).toContain(
      '<header class="running-header"><span class="marking">Confidential – full version</span><span class="draft-mark">DRAFT</span></header>',
    );
    expect(html).toContain('<footer class="running-footer"><span class="marking">Confidential – full version</span>');
  });
});

describe('figures report model', () => {
  it('gives each figure its chart followed by its table, with "<5" for suppressed values', () => {
    const doc = buildFiguresReport(
      [
        {
          id: 'referrals',
          heading: 'Referrals',
          charts: [
            {
              kind: 'bar',
              title: 'Per quarter',
              categories: ['2025-Q1', '2025-Q2'],
              series: [{ name: 'Referrals', values: [7, null] }],
              valueLabel: 'n',
              suppressedLabel: '<5',
            },
          ],
        },
      ],
      { start: '2025-01-01', end: '2025-12-31' },
      { language: 'en', networkName: 'N' },
    );
    expect(doc.marking).toBe('Internal');
    const blocks = doc.sections[0]?.blocks ?? [];
    expect(blocks.map((block) => block.kind)).toEqual(['chart', 'table']);
    expect(blocks[1]?.kind === 'table' && blocks[1].table.rows).toEqual([
      [['2025-Q1'], ['7']],
      [['2025-Q2'], ['<5']],
    ]);
  });
});

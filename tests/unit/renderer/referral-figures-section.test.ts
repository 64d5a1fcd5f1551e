// @vitest-environment jsdom
/**
 * The figures page's case section, in both languages: its charts carry the app's own labels
 * for concerns, sectors and outcomes, "<5" for suppressed values, and a note; each draws.
 */
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../renderer/src/charts/render-svg';
import type { FigureCase, ReferralFigureRecords } from '../../../renderer/src/domain/referral-figures';
import { createReferralFiguresLoader } from '../../../renderer/src/features/figures/referral-figures';
import { initTranslations } from '../../../renderer/src/i18n';

const year = { start: '2026-01-01', end: '2026-12-31' };

function caseOf(index: number, fields: Partial<FigureCase>): FigureCase {
  return {
    id: `case-${index}`,
    receivedOn: '2026-02-01',
    concernTypes: ['right_wing'],
    referringPartnerId: 'police',
    status: 'support',
    outcome: null,
    closedOn: null,
    ...fields,
  };
}

const records: ReferralFigureRecords = {
  cases: [
    ...Array.from({ length: 6 }, (_, index) => caseOf(index, { status: 'closed', outcome: 'support_completed', closedOn: '2026-03-01' })),
    caseOf(6, { concernTypes: ['islamist'], referringPartnerId: 'school' }),
  ],
  timelines: [],
  reviewsDue: [],
  sectorOfPartner: new Map([
    ['police', 'police'],
    ['school', 'school'],
  ]),
};

async function translator(language: 'de' | 'en'): Promise<TFunction> {
  return (await initTranslations(createInstance(), language)).t;
}

describe.each(['de', 'en'] as const)('the case figures section in %s', (language) => {
  it('has its heading, note and charts, labelled in the language, with "<5" for what is suppressed', async () => {
    const read = async (period: typeof year) => (period === year ? records : Promise.reject(new Error('another period')));
    const section = await createReferralFiguresLoader(read, () => '2026-12-01')(year, await translator(language), language);
    expect(section.id).toBe('referrals');
    expect(section.heading).toBe(language === 'de' ? 'Fallmeldungen' : 'Referrals');
    expect(section.note).toContain('<5');
    expect(section.charts).toHaveLength(7);
    const [byConcern, bySector, byOutcome] = section.charts;
    expect(byConcern!.categories).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
    expect(byConcern!.series).toEqual([
      { name: language === 'de' ? 'Rechtsextremismus' : 'Right-wing extremism', values: [6, 0, 0, 0] },
      { name: language === 'de' ? 'Islamistischer Extremismus' : 'Islamist extremism', values: [null, 0, 0, 0] },
    ]);
    expect(bySector!.series.map((series) => series.name)).toEqual(language === 'de' ? ['Polizei', 'Schule'] : ['Police', 'School']);
    expect(byOutcome!.series.map((series) => series.name)).toEqual(
      language === 'de' ? ['Offen', 'Unterstützung abgeschlossen'] : ['Open', 'Support completed'],
    );
    for (const chart of section.charts) {
      expect(chart.suppressedLabel).toBe('<5');
      // Every text translated: no key shows through.
      for (const text of [chart.title, chart.valueLabel, ...chart.categories, ...chart.series.map((series) => series.name)]) {
        expect(text).not.toMatch(/^(figures|referrals|common):|\.[a-z]+[A-Z_]/);
      }
      // Shown as an <img>, a chart that is not well-formed XML shows nothing at all.
      const svg = new DOMParser().parseFromString(renderChartSvg(chart), 'image/svg+xml');
      expect(svg.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(svg.documentElement.nodeName).toBe('svg');
    }
  });
});

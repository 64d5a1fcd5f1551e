import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import de from '../../../locales/de/retention.json';
import en from '../../../locales/en/retention.json';
import { dueReasonLines, periodText } from '../../../renderer/src/ui/retention-text';

async function translator(language: 'de' | 'en'): Promise<TFunction<'retention'>> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { de: { retention: de }, en: { retention: en } },
    defaultNS: 'retention',
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT(language, 'retention');
}

describe('why a record is due, in words', () => {
  it('gives whole years as years, other periods as months', async () => {
    const t = await translator('de');
    expect(periodText(36, t)).toBe('3 Jahre');
    expect(periodText(12, t)).toBe('1 Jahr');
    expect(periodText(18, t)).toBe('18 Monate');
    expect(periodText(1, await translator('en'))).toBe('1 month');
  });

  it('names the closing and the last review, the period and the day, in German', async () => {
    const t = await translator('de');
    const lines = dueReasonLines(
      { closedOn: '2023-01-10', reason: { rule: 'closedCase', from: '2023-07-15', months: 36, dueOn: '2026-07-15' }, hold: null },
      t,
      'de',
    );
    expect(lines).toEqual(['Abgeschlossen am 10.01.2023, letzte Nachprüfung am 15.07.2023; 3 Jahre → fällig seit 15.07.2026']);
  });

  it('names the agreement whose shorter period decided, and a hold that ended, in English', async () => {
    const t = await translator('en');
    const lines = dueReasonLines(
      {
        closedOn: '2023-05-01',
        reason: { rule: 'closedCase', from: '2023-05-01', months: 3, dueOn: '2023-08-01', agreement: { id: 'a', title: 'School and police' } },
        hold: { id: 'h', until: '2024-06-30', reason: 'Proceedings pending', endedOn: '2024-06-30', revision: 1 },
      },
      t,
      'en',
    );
    expect(lines).toEqual([
      'Closed on 1 May 2023; 3 months → due since 1 Aug 2023',
      'The shorter period of the agreement “School and police” applies',
      'Legal hold ended on 30 Jun 2024 (“Proceedings pending”)',
    ]);
  });
});

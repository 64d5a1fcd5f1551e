import { describe, expect, it } from 'vitest';
import { exportTranslator } from '../../../renderer/src/export/labels';
import { minutesDocument } from '../../fixtures/minutes';

describe('export labels', () => {
  it('translate into the export language, whatever the other instance says', () => {
    const de = exportTranslator('de');
    const en = exportTranslator('en');
    expect(de.t('draft')).toBe('ENTWURF');
    expect(en.t('draft')).toBe('DRAFT');
    expect(de.t('actions.owner')).toBe('Verantwortlich');
    expect(en.t('actions.owner')).toBe('Owner');
    // asking one language does not switch the other
    expect(de.t('item.decisions')).toBe('Beschlüsse');
  });

  it('use the meetings vocabulary for codes', () => {
    expect(exportTranslator('de').vocab('attendance', 'apologies')).toBe('Entschuldigt');
    expect(exportTranslator('en').vocab('attendance', 'present')).toBe('Present');
    expect(exportTranslator('de').vocab('variants', 'circulation')).toBe('Zur weiteren Verteilung');
  });

  it('pluralise in both languages', () => {
    expect(exportTranslator('de').t('notice.omittedItems', { count: 1 })).toBe('1 vertraulicher Tagesordnungspunkt wurde ausgelassen.');
    expect(exportTranslator('de').t('notice.omittedItems', { count: 2 })).toBe('2 vertrauliche Tagesordnungspunkte wurden ausgelassen.');
    expect(exportTranslator('en').t('notice.withheldNotes', { count: 3 })).toBe('The notes of 3 case discussions have been withheld.');
  });

  it('insert user text as it is, without escaping or reading it as a template', () => {
    const title = 'A & B <c> {{count}} $t(export:draft)';
    expect(exportTranslator('en').t('documentTitle', { title })).toBe(`Minutes: ${title}`);
  });

  it('write dates and meeting times in the one date style of each language, the date once, on the meeting’s wall clock, its zone named', () => {
    expect(exportTranslator('de').date('2026-03-05')).toBe('05.03.2026');
    expect(exportTranslator('en').date('2026-03-05')).toBe('5 Mar 2026');
    // 16:00–18:00 in Berlin in summer (UTC+2) is 14:00–16:00 UTC.
    expect(exportTranslator('de').when('2026-06-04T14:00:00.000Z', '2026-06-04T16:00:00.000Z', 'Europe/Berlin')).toBe(
      '04.06.2026, 16:00–18:00 (Europe/Berlin)',
    );
    expect(exportTranslator('en').when('2026-06-04T14:00:00.000Z', '2026-06-04T16:00:00.000Z', 'Europe/Berlin')).toBe(
      '4 Jun 2026, 16:00–18:00 (Europe/Berlin)',
    );
    // The same instants planned in New York (UTC−4 in summer) read as that city's morning.
    expect(exportTranslator('en').when('2026-06-04T14:00:00.000Z', '2026-06-04T16:00:00.000Z', 'America/New_York')).toBe(
      '4 Jun 2026, 10:00–12:00 (America/New_York)',
    );
    expect(exportTranslator('de').when('2026-12-01T17:00:00.000Z', '2026-12-01T19:00:00.000Z', 'Europe/Berlin')).toBe(
      '01.12.2026, 18:00–20:00 (Europe/Berlin)',
    );
    expect(exportTranslator('de').when('2026-12-01T22:00:00.000Z', '2026-12-02T00:00:00.000Z', 'Europe/Berlin')).toBe(
      '01.12.2026, 23:00 – 02.12.2026, 01:00 (Europe/Berlin)',
    );
    expect(exportTranslator('en').when('2026-03-05T17:00:00.000Z', '2026-03-06T08:00:00.000Z', 'Europe/Berlin')).toBe(
      '5 Mar 2026, 18:00 – 6 Mar 2026, 09:00 (Europe/Berlin)',
    );
  });

  it('keep the meeting’s date near midnight, where UTC is already on another day', () => {
    // 23:30–01:00 in New York is 03:30–05:00 UTC on the next day.
    expect(exportTranslator('en').when('2026-01-16T04:30:00.000Z', '2026-01-16T06:00:00.000Z', 'America/New_York')).toBe(
      '15 Jan 2026, 23:30 – 16 Jan 2026, 01:00 (America/New_York)',
    );
    expect(exportTranslator('de').when('2026-06-04T22:30:00.000Z', '2026-06-04T23:30:00.000Z', 'Europe/Berlin')).toBe(
      '05.06.2026, 00:30–01:30 (Europe/Berlin)',
    );
  });

  it('time approvals and amendments on the meeting’s wall clock, its zone named', () => {
    expect(exportTranslator('de').dateTime('2026-06-04T14:00:00.000Z', 'Europe/Berlin')).toBe('04.06.2026, 16:00 (Europe/Berlin)');
    expect(exportTranslator('en').dateTime('2026-06-04T14:00:00.000Z', 'America/New_York')).toBe('4 Jun 2026, 10:00 (America/New_York)');
  });

  it('mark confidentiality and version together', () => {
    expect(exportTranslator('de').marking(minutesDocument('de', 'circulation'))).toBe('Intern – Zur weiteren Verteilung');
    expect(exportTranslator('en').marking(minutesDocument('en', 'full'))).toBe('Internal – Full minutes for attendees');
  });
});

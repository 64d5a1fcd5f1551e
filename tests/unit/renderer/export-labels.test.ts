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

  it('write dates and meeting times the way each language does', () => {
    expect(exportTranslator('de').date('2026-03-05')).toBe('05.03.2026');
    expect(exportTranslator('en').date('2026-03-05')).toBe('5 Mar 2026');
    expect(exportTranslator('de').when('2026-03-05T14:30', '2026-03-05T16:45')).toBe('05.03.2026, 14:30–16:45 Uhr');
    expect(exportTranslator('en').when('2026-03-05T14:30', '2026-03-05T16:45')).toBe('5 Mar 2026, 14:30–16:45');
    expect(exportTranslator('en').when('2026-03-05T18:00', '2026-03-06T09:00')).toBe('5 Mar 2026 18:00 – 6 Mar 2026 09:00');
  });

  it('mark confidentiality and version together', () => {
    expect(exportTranslator('de').marking(minutesDocument('de', 'circulation'))).toBe('Intern – Zur weiteren Verteilung');
    expect(exportTranslator('en').marking(minutesDocument('en', 'full'))).toBe('Internal – Full minutes (for attendees)');
  });
});

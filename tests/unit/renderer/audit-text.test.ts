import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { fieldLabel, valueText, visibleChanges, type AuditTextContext } from '../../../renderer/src/features/referrals/audit-text';
import type { Partner } from '../../../renderer/src/domain/partner';
import de from '../../../locales/de/referrals.json';
import en from '../../../locales/en/referrals.json';

async function context(language: 'de' | 'en'): Promise<AuditTextContext> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { de: { referrals: de }, en: { referrals: en } },
    defaultNS: 'referrals',
    interpolation: { escapeValue: false },
  });
  const partners = [{ id: 'p1', name: 'Gesamtschule Am Lindenpark' } as Partner];
  return { t: instance.getFixedT(language, 'referrals'), language, partners, contacts: [] };
}

describe('audit changes in words', () => {
  it('names fields and values in German: partners by name, codes by their words, dates formatted', async () => {
    const c = await context('de');
    expect(fieldLabel('referringPartnerId', c)).toBe('Meldende Partnerorganisation');
    expect(valueText('referringPartnerId', 'p1', c)).toBe('Gesamtschule Am Lindenpark');
    expect(valueText('status', 'information_gathering', c)).toBe('Informationen sammeln');
    expect(valueText('concernTypes', ['right_wing', 'gangs'], c)).toBe('Rechtsextremismus, Bandenkriminalität');
    expect(valueText('receivedOn', '2026-03-02', c)).toBe('02.03.2026');
    expect(valueText('summary', '', c)).toBe('(leer)');
    expect(fieldLabel('review.doneOn', c)).toBe('Überprüfung nach Abschluss, erledigt am');
  });
  it('in English too, and leaves out changes from empty to empty', async () => {
    const c = await context('en');
    expect(fieldLabel('riskLevel', c)).toBe('Risk level');
    expect(valueText('riskLevel', 'high', c)).toBe('High');
    expect(
      visibleChanges([
        { field: 'initials', old: null, new: '' },
        { field: 'area', old: null, new: 'Nordstadt' },
      ]),
    ).toEqual([{ field: 'area', old: null, new: 'Nordstadt' }]);
  });
});

describe('audit entries of the check on sharing', () => {
  it('names acknowledged gaps by partner with the reason, and disclosures by route and date', async () => {
    const c = await context('de');
    const partners = [...c.partners, { id: 'p2', name: 'Jugendamt' } as Partner];
    const withBoth = { ...c, partners };
    expect(fieldLabel('coverageGaps', withBoth)).toBe('Weitergabe ohne Vereinbarung');
    expect(valueText('coverageGaps', { gaps: [{ partnerIds: ['p1', 'p2'], missing: ['identity'] }], reason: 'Notfall' }, withBoth)).toBe(
      'Gesamtschule Am Lindenpark ↔ Jugendamt · Notfall',
    );
    expect(fieldLabel('disclosure', withBoth)).toBe('Weitergabe');
    expect(valueText('disclosure', { on: '2026-03-09', fromPartnerId: 'p1', toPartnerId: 'p2', text: 'Gesprächsnotiz' }, withBoth)).toBe(
      '09.03.2026 · Gesamtschule Am Lindenpark → Jugendamt · Gesprächsnotiz',
    );
  });
});

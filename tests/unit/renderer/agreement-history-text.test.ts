import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import de from '../../../locales/de/agreements.json';
import en from '../../../locales/en/agreements.json';
import { changeText } from '../../../renderer/src/features/agreements/history-text';
import { filterFromParams, pairLink } from '../../../renderer/src/features/agreements/list-query';

async function translator(language: 'de' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { de: { agreements: de }, en: { agreements: en } },
    defaultNS: 'agreements',
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT(language, 'agreements');
}

describe('agreement history in words', () => {
  it('shows codes by their words, dates as the language writes them, and lists of parties only as changed', async () => {
    const t = await translator('de');
    expect(changeText({ field: 'status', old: 'draft', new: 'active' }, t, 'de')).toBe('Status: Entwurf → Aktiv');
    expect(changeText({ field: 'reviewDate', old: '2026-04-01', new: '2027-04-01' }, t, 'de')).toBe('Überprüfung am: 01.04.2026 → 01.04.2027');
    expect(changeText({ field: 'dataCategories', old: ['identity'], new: ['identity', 'health'] }, t, 'de')).toBe(
      'Datenkategorien: Identität → Identität, Gesundheit',
    );
    expect(changeText({ field: 'parties', old: [{ partnerId: 'a' }], new: [{ partnerId: 'b' }] }, t, 'de')).toBe('Vertragsparteien und Rollen: geändert');
    const tEn = await translator('en');
    expect(changeText({ field: 'legalBases', old: null, new: ['bdsg_22'] }, tEn, 'en')).toBe('Legal bases: — → BDSG §22 – special categories');
  });
});

describe('register filters in the URL', () => {
  it('reads known codes, ignores hand-edited nonsense, and links a matrix cell to the pair', () => {
    expect(filterFromParams(new URLSearchParams('status=expired&review=soon&partner=p1'))).toEqual({
      status: 'expired',
      partnerId: 'p1',
      otherPartnerId: '',
      review: '',
    });
    expect(pairLink('p1', 'p2')).toBe('/agreements?partner=p1&with=p2');
  });
});

import { describe, expect, it } from 'vitest';
import type { Partner } from '../../../renderer/src/domain/partner';
import { defaultPartnerListQuery, filterAndSortPartners, findDuplicateNames } from '../../../renderer/src/domain/partner-list';
import { foldText } from '../../../renderer/src/domain/text';

let counter = 0;
function partner(overrides: Partial<Partner>): Partner {
  counter += 1;
  return {
    id: `id-${counter}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: `2026-01-0${(counter % 9) + 1}T00:00:00.000Z`,
    deletedAt: null,
    revision: 1,
    name: `Partner ${counter}`,
    shortName: '',
    sector: 'school',
    status: 'active',
    role: '',
    joinedOn: '',
    notes: '',
    ...overrides,
  };
}

const collator = new Intl.Collator('de-DE', { sensitivity: 'base' });
const names = (list: Partner[]) => list.map((p) => p.name);

describe('partner list', () => {
  const list = [
    partner({ name: 'Östliche Schule', sector: 'school', joinedOn: '2020-05-01' }),
    partner({ name: 'Jugendamt Süd', sector: 'social_services', status: 'prospective', shortName: 'JA Süd' }),
    partner({ name: 'Albert-Schule', sector: 'school', joinedOn: '2019-01-01' }),
    partner({ name: 'Altes Forum', sector: 'community_group', status: 'former', deletedAt: '2026-02-01T00:00:00.000Z' }),
  ];

  it('sorts by name with German collation and hides archived partners', () => {
    expect(names(filterAndSortPartners(list, defaultPartnerListQuery, collator))).toEqual(['Albert-Schule', 'Jugendamt Süd', 'Östliche Schule']);
  });

  it('shows only archived partners when asked', () => {
    expect(names(filterAndSortPartners(list, { ...defaultPartnerListQuery, showArchived: true }, collator))).toEqual(['Altes Forum']);
  });

  it('searches names and short names ignoring case and accents', () => {
    expect(names(filterAndSortPartners(list, { ...defaultPartnerListQuery, search: 'jugendamt sud' }, collator))).toEqual(['Jugendamt Süd']);
    expect(names(filterAndSortPartners(list, { ...defaultPartnerListQuery, search: 'ja süd' }, collator))).toEqual(['Jugendamt Süd']);
    expect(names(filterAndSortPartners(list, { ...defaultPartnerListQuery, search: 'oestl' }, collator))).toEqual([]);
  });

  it('filters by sector and status together', () => {
    const query = { ...defaultPartnerListQuery, sector: 'school' as const, status: 'active' as const };
    expect(names(filterAndSortPartners(list, query, collator))).toEqual(['Albert-Schule', 'Östliche Schule']);
  });

  it('sorts by date joined, partners without a date last in both directions', () => {
    const asc = filterAndSortPartners(list, { ...defaultPartnerListQuery, sort: 'joinedOn' }, collator);
    const desc = filterAndSortPartners(list, { ...defaultPartnerListQuery, sort: 'joinedOn', direction: 'desc' }, collator);
    expect(names(asc)).toEqual(['Albert-Schule', 'Östliche Schule', 'Jugendamt Süd']);
    expect(names(desc)).toEqual(['Östliche Schule', 'Albert-Schule', 'Jugendamt Süd']);
  });

  it('sorts by status: active, prospective, former', () => {
    const all = [...list.slice(0, 3), { ...list[3]!, deletedAt: null }];
    expect(names(filterAndSortPartners(all, { ...defaultPartnerListQuery, sort: 'status' }, collator))).toEqual([
      'Albert-Schule',
      'Östliche Schule',
      'Jugendamt Süd',
      'Altes Forum',
    ]);
  });

  it('finds duplicate names regardless of case, accents and spacing, not the partner itself', () => {
    expect(names(findDuplicateNames('  jugendamt   SUD ', list))).toEqual(['Jugendamt Süd']);
    expect(findDuplicateNames('Jugendamt Süd', list, list[1]!.id)).toEqual([]);
    // archived partners are not at the table: no warning
    expect(findDuplicateNames('Altes Forum', list)).toEqual([]);
    expect(foldText('Straße')).toBe(foldText('STRASSE'));
  });
});

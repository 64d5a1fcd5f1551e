import { describe, expect, it } from 'vitest';
import { fold, indexTerms, queryTerms } from '../../../renderer/src/search/fold';
import { createSearchIndex } from '../../../renderer/src/search/search-index';
import type { SearchDocument } from '../../../renderer/src/search/search-types';

function doc(kind: SearchDocument['kind'], recordId: string, title: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return { id: `${kind}:${recordId}`, kind, recordId, title, text: '', parentId: null, partnerId: null, when: null, timeZone: null, status: null, ...extra };
}

function titles(index: ReturnType<typeof createSearchIndex>, text: string): string[] {
  return index.search(text).groups.flatMap((group) => group.hits.map((hit) => hit.title));
}

describe('folding', () => {
  it('ignores case and accents, spells out umlauts and ß', () => {
    expect(fold('JUGENDAMT')).toBe('jugendamt');
    expect(fold('Müller')).toBe(fold('Mueller'));
    expect(fold('Müller')).toBe(fold('muller'));
    expect(fold('Straße')).toBe(fold('Strasse'));
    expect(fold('Café Crème')).toBe('cafe creme');
    expect(fold('Øresund Łódź')).toBe('oresund lodz');
  });

  it('splits hyphenated words into their parts, in the index and in what is typed', () => {
    expect(queryTerms('RT-2026-0042')).toEqual(['rt', '2026', '0042']);
    expect(indexTerms('Jugend-Sozialarbeit')).toEqual(['jugend', 'sozialarbeit']);
  });
});

describe('search index', () => {
  function cityIndex() {
    const index = createSearchIndex();
    index.upsert([
      doc('partner', 'p1', 'Jugendamt Musterstadt\nJA', { status: 'active' }),
      doc('partner', 'p2', 'Gesamtschule Am Lindenpark'),
      doc('contact', 'c1', 'Jörg Müller', { parentId: 'p1', text: 'Schulsozialarbeit\njoerg@example.org' }),
      doc('meeting', 'm1', 'Netzwerktreffen März', { when: '2026-03-04T14:00:00.000Z', timeZone: 'Europe/Berlin' }),
      doc('agendaItem', 'i1', 'Bericht Straßensozialarbeit', { parentId: 'm1', text: 'Die Präventionsstelle berichtet über Schulhofkonflikte.' }),
      doc('action', 'a1', 'Elternbrief entwerfen', { parentId: 'm1', partnerId: 'p2', when: '2026-04-01', status: 'open' }),
      doc('agreement', 'g1', 'Information sharing protocol', { text: 'Safeguarding referrals between school and youth services' }),
      doc('referral', 'r1', 'RT-2026-0042'),
      doc('referral', 'r2', 'RT-2026-0043'),
      doc('referral', 'r3', 'RT-2025-0042'),
    ]);
    return index;
  }

  it('finds by prefix, as typed', () => {
    const index = cityIndex();
    expect(titles(index, 'jugen')).toContain('Jugendamt Musterstadt');
    expect(titles(index, 'Gesamtsch Linden')).toEqual(['Gesamtschule Am Lindenpark']);
  });

  it('forgives a typo in longer words', () => {
    const index = cityIndex();
    expect(titles(index, 'Jugandamt')).toContain('Jugendamt Musterstadt');
    expect(titles(index, 'Elternbreif')).toContain('Elternbrief entwerfen');
  });

  it('matches umlauts typed as ae/oe/ue or without dots, and ß as ss', () => {
    const index = cityIndex();
    for (const typed of ['Müller', 'Mueller', 'muller', 'JOERG']) expect(titles(index, typed)).toContain('Jörg Müller');
    expect(titles(index, 'strassensozial')).toEqual(['Netzwerktreffen März']);
    expect(titles(index, 'Maerz')).toEqual(['Netzwerktreffen März']);
    expect(titles(index, 'praventionsstelle')).toEqual(['Netzwerktreffen März']);
  });

  it('searches English text', () => {
    const index = cityIndex();
    expect(titles(index, 'safeguard')).toEqual(['Information sharing protocol']);
    expect(titles(index, 'sharing protocl')).toEqual(['Information sharing protocol']);
  });

  it('finds a meeting by a word in its minutes, once, naming the item', () => {
    const answer = cityIndex().search('Schulhofkonflikte');
    expect(answer.groups).toEqual([
      {
        group: 'meetings',
        total: 1,
        hits: [
          expect.objectContaining({
            kind: 'agendaItem',
            title: 'Netzwerktreffen März',
            context: 'Bericht Straßensozialarbeit',
            href: '/meetings/m1',
            timeZone: 'Europe/Berlin',
          }),
        ],
      },
    ]);
  });

  it('finds a case by its code exactly, not by a similar one, and by its number', () => {
    const index = cityIndex();
    expect(index.search('RT-2026-0042').groups).toEqual([
      { group: 'cases', total: 1, hits: [expect.objectContaining({ title: 'RT-2026-0042', href: '/referrals/r1' })] },
    ]);
    expect(titles(index, 'rt-2026-004').sort()).toEqual(['RT-2026-0042', 'RT-2026-0043']);
    expect(titles(index, 'RT-2026-0').sort()).toEqual(['RT-2026-0042', 'RT-2026-0043']);
    expect(titles(index, '0042').sort()).toEqual(['RT-2025-0042', 'RT-2026-0042']);
  });

  it('groups results by kind: contacts with partners, linked to their partner', () => {
    const answer = cityIndex().search('joerg');
    expect(answer.groups[0]).toMatchObject({
      group: 'partners',
      hits: [{ kind: 'contact', title: 'Jörg Müller', context: 'Jugendamt Musterstadt', href: '/partners/p1' }],
    });
    const action = cityIndex().search('Elternbrief').groups[0];
    expect(action).toMatchObject({
      group: 'actions',
      hits: [{ title: 'Elternbrief entwerfen', context: 'Gesamtschule Am Lindenpark', href: '/meetings/m1', status: 'open' }],
    });
  });

  it('shows a few results per group and counts the rest', () => {
    const index = createSearchIndex();
    index.upsert(Array.from({ length: 12 }, (_, n) => doc('meeting', `m${n}`, `Fallkonferenz ${n}`)));
    const [group] = index.search('fallkonferenz').groups;
    expect(group).toMatchObject({ group: 'meetings', total: 12 });
    expect(group!.hits).toHaveLength(5);
  });

  it('replaces a changed document and drops a removed one', () => {
    const index = cityIndex();
    index.upsert([doc('partner', 'p2', 'Realschule Nord')]);
    expect(titles(index, 'Lindenpark')).toEqual([]);
    expect(titles(index, 'realschule')).toEqual(['Realschule Nord']);
    index.remove(['partner:p2']);
    expect(titles(index, 'realschule')).toEqual([]);
  });

  it('leaves out what belongs to a record that is gone', () => {
    const index = cityIndex();
    index.remove(['meeting:m1', 'partner:p1']);
    expect(titles(index, 'Schulhofkonflikte')).toEqual([]);
    expect(titles(index, 'Elternbrief')).toEqual([]);
    expect(titles(index, 'Müller')).toEqual([]);
  });

  it('keeps items and contacts with their meeting or partner when that changes or goes after a search', () => {
    const index = cityIndex();
    expect(index.search('Schulhofkonflikte').groups[0]!.hits[0]!.title).toBe('Netzwerktreffen März');
    expect(titles(index, 'Müller')).toEqual(['Jörg Müller']);
    index.upsert([doc('meeting', 'm1', 'Netzwerktreffen April', { when: '2026-04-01T12:00:00.000Z', timeZone: 'Europe/Berlin' })]);
    index.remove(['partner:p1']);
    expect(index.search('Schulhofkonflikte').groups).toEqual([
      {
        group: 'meetings',
        total: 1,
        hits: [expect.objectContaining({ title: 'Netzwerktreffen April', href: '/meetings/m1', when: '2026-04-01T12:00:00.000Z' })],
      },
    ]);
    expect(index.search('Müller').groups).toEqual([]);
    index.upsert([doc('partner', 'p1', 'Jugendamt Musterstadt')]);
    expect(titles(index, 'Müller')).toEqual(['Jörg Müller']);
  });

  it('stays right when most documents were replaced or removed (their old entries are compacted away)', () => {
    const index = createSearchIndex();
    index.upsert(Array.from({ length: 3000 }, (_, n) => doc('meeting', `m${n}`, `Fallkonferenz ${n}`)));
    index.upsert(Array.from({ length: 3000 }, (_, n) => doc('meeting', `m${n}`, `Netzwerktreffen ${n}`)));
    index.remove(Array.from({ length: 2000 }, (_, n) => `meeting:m${n}`));
    expect(index.size).toBe(1000);
    expect(index.search('fallkonferenz').groups).toEqual([]);
    expect(index.search('netzwerktreffen').groups[0]).toMatchObject({ group: 'meetings', total: 1000 });
    expect(titles(index, 'netzwerktreffen 2999')).toEqual(['Netzwerktreffen 2999']);
    expect(titles(index, 'netzwerktreffen 1999')).toEqual([]);
  });

  it('puts a match in a title before one in minutes, and a newer record first among equals', () => {
    const index = createSearchIndex();
    index.upsert([
      doc('meeting', 'old', 'Fallkonferenz', { when: '2024-01-10T10:00:00.000Z', timeZone: 'Europe/Berlin' }),
      doc('meeting', 'new', 'Fallkonferenz', { when: '2026-01-10T10:00:00.000Z', timeZone: 'Europe/Berlin' }),
      doc('meeting', 'other', 'Netzwerktreffen', { when: '2026-06-10T10:00:00.000Z', timeZone: 'Europe/Berlin' }),
      doc('agendaItem', 'i', 'Bericht', { parentId: 'other', text: 'Vorbereitung der Fallkonferenz' }),
    ]);
    expect(index.search('fallkonferenz').groups[0]!.hits.map((hit) => hit.href)).toEqual(['/meetings/new', '/meetings/old', '/meetings/other']);
  });

  it('answers nothing to blank input', () => {
    expect(cityIndex().search('  – ').groups).toEqual([]);
  });
});

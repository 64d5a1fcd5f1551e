import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingInput, MeetingType } from '../../../renderer/src/domain/meeting';
import { foldText } from '../../../renderer/src/domain/text';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createMeetingListRepository, type MeetingListFilter } from '../../../renderer/src/storage/repositories/meeting-list';
import { createMeetingRepository } from '../../../renderer/src/storage/repositories/meetings';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const options = { invitedPartnerIds: [] as string[], mattersArisingTitle: 'Offene Punkte', representativeName: 'Vertretung' };
const now = new Date('2026-06-10T12:00:00.000Z');

/** Meetings across two series and none, of two types, before, around and after `now`. */
async function city() {
  db = freshDb();
  const meetings = createMeetingRepository(db, () => new Date('2026-01-01T10:00:00.000Z'));
  const plan = (day: string, hours: [string, string], title: string, type: MeetingType, series: Partial<MeetingInput>): MeetingInput => ({
    title,
    type,
    startsAt: `${day}T${hours[0]}`,
    endsAt: `${day}T${hours[1]}`,
    timeZone: 'UTC',
    confidentiality: 'internal',
    ...series,
  });
  const first = await meetings.create(plan('2026-01-15', ['10:00', '12:00'], 'Netzwerktreffen Januar', 'network', { newSeriesName: 'Netzwerk' }), options);
  const network = first.seriesId!;
  const created = [first];
  const add = async (...args: Parameters<typeof plan>) => created.push(await meetings.create(plan(...args), options));
  await add('2026-03-15', ['10:00', '12:00'], 'Netzwerktreffen März', 'network', { seriesId: network });
  await add('2026-02-01', ['09:00', '11:00'], 'Fallkonferenz Süd', 'case_panel', { newSeriesName: 'Fallkonferenz' });
  await add('2026-06-10', ['09:00', '11:00'], 'Straßensozialarbeit heute früh', 'other', {}); // ended this morning
  await add('2026-06-10', ['11:00', '14:00'], 'Netzwerktreffen Juni', 'network', { seriesId: network }); // still running
  await add('2026-07-01', ['10:00', '12:00'], 'Netzwerktreffen Juli', 'network', { seriesId: network });
  await add('2026-06-20', ['10:00', '12:00'], 'Fallkonferenz Nord', 'case_panel', {});
  const byTitle = new Map(created.map((meeting) => [meeting.title, meeting]));
  const list = createMeetingListRepository(db);
  const titlesOf = async (filter: MeetingListFilter) => {
    const ids = await list.ids(filter, now);
    const title = (id: string) => created.find((meeting) => meeting.id === id)!.title;
    return { upcoming: ids.upcoming.map(title), past: ids.past.map(title) };
  };
  return { list, network, byTitle, titlesOf };
}

describe('the meeting list through indexes', () => {
  it('splits upcoming (not yet ended, soonest first) from past (latest first), a running meeting counting as upcoming', async () => {
    const { titlesOf } = await city();
    expect(await titlesOf({ seriesId: 'all', type: 'all' })).toEqual({
      upcoming: ['Netzwerktreffen Juni', 'Fallkonferenz Nord', 'Netzwerktreffen Juli'],
      past: ['Straßensozialarbeit heute früh', 'Netzwerktreffen März', 'Fallkonferenz Süd', 'Netzwerktreffen Januar'],
    });
  });

  it('filters by series, by no series and by type, alone and together', async () => {
    const { titlesOf, network } = await city();
    expect(await titlesOf({ seriesId: network, type: 'all' })).toEqual({
      upcoming: ['Netzwerktreffen Juni', 'Netzwerktreffen Juli'],
      past: ['Netzwerktreffen März', 'Netzwerktreffen Januar'],
    });
    expect(await titlesOf({ seriesId: 'none', type: 'all' })).toEqual({ upcoming: ['Fallkonferenz Nord'], past: ['Straßensozialarbeit heute früh'] });
    expect(await titlesOf({ seriesId: 'all', type: 'case_panel' })).toEqual({ upcoming: ['Fallkonferenz Nord'], past: ['Fallkonferenz Süd'] });
    expect(await titlesOf({ seriesId: 'none', type: 'case_panel' })).toEqual({ upcoming: ['Fallkonferenz Nord'], past: [] });
    expect(await titlesOf({ seriesId: network, type: 'case_panel' })).toEqual({ upcoming: [], past: [] });
  });

  it('gives every title folded for search, so "strasse" finds "Straßensozialarbeit" and "sud" finds "Süd"', async () => {
    const { list, byTitle } = await city();
    const titles = await list.searchableTitles();
    expect(titles.size).toBe(7);
    const find = (query: string) =>
      [...titles]
        .filter(([, title]) => title.includes(foldText(query)))
        .map(([id]) => [...byTitle.values()].find((meeting) => meeting.id === id)!.title)
        .sort();
    expect(find('strasse')).toEqual(['Straßensozialarbeit heute früh']);
    expect(find('SUD')).toEqual(['Fallkonferenz Süd']);
  });

  it('offers a picker the meetings from a date on, latest first, and an older chosen one at the end', async () => {
    const { list, byTitle } = await city();
    const titles = async (alsoId?: string) => (await list.startingSince('2026-06-01T00:00:00.000Z', alsoId)).map((meeting) => meeting.title);
    expect(await titles()).toEqual(['Netzwerktreffen Juli', 'Fallkonferenz Nord', 'Netzwerktreffen Juni', 'Straßensozialarbeit heute früh']);
    const old = byTitle.get('Fallkonferenz Süd')!.id;
    expect((await titles(old)).at(-1)).toBe('Fallkonferenz Süd');
    expect(await titles(byTitle.get('Netzwerktreffen Juli')!.id)).toHaveLength(4);
  });
});

/**
 * Seeds a large meeting straight into the app's IndexedDB (database "roundtable"), as the
 * stores of migrations 001–002 hold it: a series with earlier meetings and their actions
 * (so the new meeting starts with "matters arising"), the meeting with its attendees, N
 * agenda items with a few hundred words of Markdown minutes and a decision each, and
 * actions under every third item. Optionally unrelated background meetings with actions,
 * at "large city" scale, so a page that reads every meeting or action shows it.
 *
 * It writes with the raw IndexedDB API after the app has created the database (load the
 * example network first: owners of actions are its partners); reload the page afterwards,
 * so the app's own connection reads the new rows.
 */
import type { Page } from 'playwright-core';
import { exposeSealing, type SealingApi } from './sealing';

export interface LargeMeetingOptions {
  /** Agenda items of the meeting, including the first one, "matters arising". */
  items: number;
  /** Earlier meetings in the same series, with `actionsPerMeeting` actions each (about half open). */
  earlierMeetings?: number;
  /** Meetings outside the series, each with `actionsPerMeeting` actions. */
  backgroundMeetings?: number;
  actionsPerMeeting?: number;
  /** People on the meeting's attendance list. */
  attendees?: number;
  title?: string;
}

export interface SeededMeeting {
  meetingId: string;
  /** Ids of the agenda items in order (index 0 is "matters arising"). */
  itemIds: string[];
  itemTitles: string[];
  /** Open actions of earlier meetings that "matters arising" lists. */
  arisingCount: number;
}

export async function seedLargeMeeting(page: Page, options: LargeMeetingOptions): Promise<SeededMeeting> {
  const settings = { earlierMeetings: 12, backgroundMeetings: 0, actionsPerMeeting: 10, attendees: 24, title: 'Large network meeting', ...options };
  // tsx (esbuild, keepNames) wraps named inner functions in __name(): give the page one.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  // Rows are read and written as the app stores them: sealed with the profile's keys.
  await exposeSealing(page);
  return page.evaluate(async (o) => {
    const open = (): Promise<IDBDatabase> =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await open();
    const { roundtableSealRows, roundtableOpenRows } = globalThis as unknown as SealingApi;
    const readAll = async <T>(store: string): Promise<T[]> => {
      const stored = await new Promise<object[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as object[]);
        request.onerror = () => reject(request.error);
      });
      return (await roundtableOpenRows(store, stored)) as T[];
    };
    const writeAll = async (store: string, rows: object[]): Promise<void> => {
      const sealed = await roundtableSealRows(store, rows);
      return new Promise((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        const target = tx.objectStore(store);
        for (const row of sealed) target.put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    };

    const partners = (await readAll<{ id: string; deletedAt: string | null }>('partners')).filter((p) => p.deletedAt === null);
    const contacts = (await readAll<{ id: string; partnerId: string; name: string; deletedAt: string | null }>('contacts')).filter((c) => c.deletedAt === null);
    if (partners.length === 0) throw new Error('seed: load the example network first (actions need owners)');

    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const stamp = '2026-03-01T09:00:00.000Z';
    // Shaped as the record store writes them (revision, a meeting's zone), so the app can edit them.
    const meta = () => ({ id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, deletedAt: null, revision: 1 });
    const vocabulary = (
      'the network partners agreed to review school referrals police youth service council prevention ' +
      'coordinator report risk picture outreach training funding grant parents mosque association sports club ' +
      'university counselling family support case panel working group follow up next quarter budget evaluation'
    ).split(' ');
    const sentence = () => {
      const words = Array.from({ length: 8 + Math.floor(random() * 10) }, () => pick(vocabulary));
      return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
    };
    /** A few hundred words of Markdown: paragraphs, bold, a list. */
    const minutes = () => {
      const paragraph = () => Array.from({ length: 5 }, sentence).join(' ');
      return `${paragraph()}\n\n**Discussion.** ${paragraph()}\n\n- ${sentence()}\n- ${sentence()}\n- ${sentence()}\n\n${paragraph()}\n\n${paragraph()}`;
    };
    const statuses = ['open', 'in_progress', 'done', 'dropped'] as const;
    const action = (meetingId: string, agendaItemId: string, status: (typeof statuses)[number]) => {
      const owner = pick(partners);
      return {
        ...meta(),
        meetingId,
        agendaItemId,
        text: sentence().slice(0, 120),
        ownerPartnerId: owner.id,
        ownerContactId: null,
        dueDate: `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
        status,
        history: [{ at: stamp, status }],
      };
    };
    const meetingRecord = (title: string, seriesId: string | null, startsAt: string, status: string, attendees: object[]) => ({
      ...meta(),
      title,
      type: 'network',
      seriesId,
      startsAt,
      endsAt: startsAt.replace('T09', 'T11'),
      timeZone: 'Europe/Berlin',
      location: 'Town hall',
      onlineLink: '',
      chair: 'Chair',
      minuteTaker: 'Minute-taker',
      confidentiality: 'internal',
      status,
      attendees,
      approvedAt: null,
      circulations: [],
      amendments: [],
    });
    const itemRecord = (meetingId: string, position: number, title: string) => ({
      ...meta(),
      meetingId,
      position,
      kind: 'regular',
      title,
      presenter: 'Presenter',
      plannedMinutes: 10,
      confidential: false,
      caseDiscussion: false,
      minutes: minutes(),
      decisions: [{ id: crypto.randomUUID(), text: sentence() }],
      arisingActionIds: [] as string[],
    });

    // Earlier meetings of the series and unrelated background meetings, each with actions.
    const series = { ...meta(), name: 'Monthly network meeting' };
    const otherMeetings: object[] = [];
    const otherItems: object[] = [];
    const actions: ReturnType<typeof action>[] = [];
    const arisingIds: string[] = [];
    const addOther = (index: number, seriesId: string | null) => {
      const month = String(1 + (index % 12)).padStart(2, '0');
      const meeting = meetingRecord(
        `${seriesId ? 'Earlier' : 'Other'} meeting ${index + 1}`,
        seriesId,
        `2025-${month}-0${1 + (index % 9)}T09:00:00.000Z`,
        'approved',
        [],
      );
      const item = itemRecord(meeting.id, 0, 'Updates');
      otherMeetings.push(meeting);
      otherItems.push(item);
      for (let n = 0; n < o.actionsPerMeeting; n += 1) {
        const made = action(meeting.id, item.id, statuses[n % 4]!);
        actions.push(made);
        if (seriesId && (made.status === 'open' || made.status === 'in_progress')) arisingIds.push(made.id);
      }
    };
    for (let index = 0; index < o.earlierMeetings; index += 1) addOther(index, series.id);
    for (let index = 0; index < o.backgroundMeetings; index += 1) addOther(index, null);

    const people = contacts.slice(0, o.attendees);
    const attendees = Array.from({ length: o.attendees }, (_, index) => {
      const contact = people[index];
      return contact
        ? {
            id: crypto.randomUUID(),
            partnerId: contact.partnerId,
            contactId: contact.id,
            name: contact.name,
            organisation: '',
            attendance: 'present',
            note: '',
          }
        : {
            id: crypto.randomUUID(),
            partnerId: null,
            contactId: null,
            name: `Guest ${index + 1}`,
            organisation: `Organisation ${index % 40}`,
            attendance: index % 5 === 0 ? 'apologies' : 'present',
            note: '',
          };
    });
    const meeting = meetingRecord(o.title, series.id, '2026-03-05T09:00:00.000Z', 'held', attendees);
    const items = Array.from({ length: o.items }, (_, index) => {
      if (index > 0) return itemRecord(meeting.id, index, `Topic ${index + 1}`);
      return { ...itemRecord(meeting.id, 0, 'Matters arising'), kind: 'matters_arising', minutes: '', decisions: [], arisingActionIds: arisingIds };
    });
    items.forEach((item, index) => {
      if (index > 0 && index % 3 === 0) {
        for (let n = 0; n < 1 + (index % 2); n += 1) actions.push(action(meeting.id, item.id, statuses[n % 2]!));
      }
    });

    await writeAll('meetingSeries', [series]);
    await writeAll('meetings', [...otherMeetings, meeting]);
    await writeAll('agendaItems', [...otherItems, ...items]);
    await writeAll('actions', actions);
    db.close();
    return { meetingId: meeting.id, itemIds: items.map((item) => item.id), itemTitles: items.map((item) => item.title), arisingCount: arisingIds.length };
  }, settings);
}

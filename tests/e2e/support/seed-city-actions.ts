/**
 * Seeds a city's worth of actions straight into the app's IndexedDB (database "roundtable"):
 * partners with contacts, meetings in series (one agenda item each) and actions under them,
 * owned by partners (half of them by one of the partner's contacts), with due dates spread
 * from years ago to months ahead of `today` (a few undated) and every status.
 *
 * Deterministic (a fixed pseudo-random sequence): action n is called "Action n: …", so tests
 * can name rows. Records are shaped as the record store writes them (revision 1, a meeting's
 * zone), so the app can edit them.
 *
 * It writes with the raw IndexedDB API after the app has created the database (first start
 * done); reload the page afterwards, so the app's own connection reads the new rows.
 */
import type { Page } from 'playwright-core';
import { exposeSealing, type SealingApi } from './sealing';

export interface CityActionsOptions {
  /** Partners added (on top of any already there), each with `contactsPerPartner` contacts. */
  partners: number;
  contactsPerPartner?: number;
  meetings: number;
  /** Meetings are spread over this many series (the rest are outside any series). */
  series?: number;
  actionsPerMeeting: number;
  /** The date due windows are counted from (YYYY-MM-DD), normally the browser's today. */
  today: string;
  /** Share of actions without a due date. */
  undatedShare?: number;
}

export interface SeededCity {
  partnerIds: string[];
  partnerNames: string[];
  actions: number;
  meetingIds: string[];
}

export async function seedCityActions(page: Page, options: CityActionsOptions): Promise<SeededCity> {
  const settings = { contactsPerPartner: 6, series: 60, undatedShare: 0.05, ...options };
  // tsx (esbuild, keepNames) wraps named inner functions in __name(): give the page one.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  // Rows are sealed with the profile's keys before they are stored, as the app stores them.
  await exposeSealing(page);
  return page.evaluate(async (o) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roundtable');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const { roundtableSealRows } = globalThis as unknown as SealingApi;
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

    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const stamp = '2026-01-05T09:00:00.000Z';
    const meta = () => ({ id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, deletedAt: null, revision: 1 });
    const words = (
      'review school referrals police youth service council prevention report risk outreach training funding grant parents ' +
      'association sports club university counselling family support case panel working group budget evaluation'
    ).split(' ');
    const phrase = (length: number) => Array.from({ length }, () => pick(words)).join(' ');
    const day = (offset: number) => {
      const date = new Date(`${o.today}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + offset);
      return date.toISOString().slice(0, 10);
    };

    const sectors = [
      'police',
      'school',
      'youth',
      'social_services',
      'mental_health',
      'local_government',
      'civil_society',
      'higher_education',
      'religious',
      'community_group',
    ];
    const partners = Array.from({ length: o.partners }, (_, index) => ({
      ...meta(),
      name: `${pick(['Agency', 'Service', 'Office', 'Association', 'Centre'])} ${phrase(2)} ${index + 1}`,
      shortName: '',
      sector: sectors[index % sectors.length]!,
      status: 'active',
      role: '',
      joinedOn: '',
      notes: '',
    }));
    const contactsOf = new Map<string, string[]>();
    const contacts = partners.flatMap((partner) =>
      Array.from({ length: o.contactsPerPartner }, (_, position) => {
        const contact = { ...meta(), partnerId: partner.id, position, name: `Person ${phrase(1)} ${position + 1}`, role: '', email: '', phone: '', notes: '' };
        contactsOf.set(partner.id, [...(contactsOf.get(partner.id) ?? []), contact.id]);
        return contact;
      }),
    );

    const series = Array.from({ length: o.series }, (_, index) => ({ ...meta(), name: `Series ${index + 1}` }));
    const meetings: object[] = [];
    const items: object[] = [];
    const actions: object[] = [];
    const statuses = ['open', 'in_progress', 'done', 'done', 'dropped'] as const;
    const span = 3650;
    for (let index = 0; index < o.meetings; index += 1) {
      // Spread over the last ten years, oldest first.
      const startsOn = day(-span + Math.floor(((index + 0.5) * span) / Math.max(1, o.meetings)));
      const inSeries = series.length > 0 && index % 10 !== 0;
      const meeting = {
        ...meta(),
        title: `Meeting ${index + 1}: ${phrase(2)}`,
        type: 'network',
        seriesId: inSeries ? series[index % series.length]!.id : null,
        startsAt: `${startsOn}T09:00:00.000Z`,
        endsAt: `${startsOn}T11:00:00.000Z`,
        timeZone: 'Europe/Berlin',
        location: 'Town hall',
        onlineLink: '',
        chair: 'Chair',
        minuteTaker: 'Minute-taker',
        confidentiality: 'internal',
        status: 'approved',
        attendees: [],
        approvedAt: null,
        circulations: [],
        amendments: [],
      };
      const item = {
        ...meta(),
        meetingId: meeting.id,
        position: 0,
        kind: 'regular',
        title: 'Updates',
        presenter: '',
        plannedMinutes: null,
        confidential: false,
        caseDiscussion: false,
        minutes: '',
        decisions: [],
        arisingActionIds: [] as string[],
      };
      meetings.push(meeting);
      items.push(item);
      for (let n = 0; n < o.actionsPerMeeting; n += 1) {
        const owner = pick(partners);
        const status = pick(statuses);
        const ownContacts = contactsOf.get(owner.id) ?? [];
        // Due from the meeting until a year after it; whatever is still open is mostly overdue.
        const dueDate = random() < o.undatedShare ? '' : day(-span + Math.floor(((index + 0.5) * span) / Math.max(1, o.meetings)) + Math.floor(random() * 365));
        actions.push({
          ...meta(),
          meetingId: meeting.id,
          agendaItemId: item.id,
          text: `Action ${actions.length + 1}: ${phrase(6)}`,
          ownerPartnerId: owner.id,
          ownerContactId: ownContacts.length > 0 && random() < 0.5 ? pick(ownContacts) : null,
          dueDate,
          status,
          history:
            status === 'open'
              ? [{ at: stamp, status }]
              : [
                  { at: stamp, status: 'open' },
                  { at: stamp, status },
                ],
        });
      }
    }

    await writeAll('partners', partners);
    await writeAll('contacts', contacts);
    await writeAll('meetingSeries', series);
    await writeAll('meetings', meetings);
    await writeAll('agendaItems', items);
    await writeAll('actions', actions);
    db.close();
    return {
      partnerIds: partners.map((partner) => partner.id),
      partnerNames: partners.map((partner) => partner.name),
      actions: actions.length,
      meetingIds: meetings.map((meeting) => (meeting as { id: string }).id),
    };
  }, settings);
}

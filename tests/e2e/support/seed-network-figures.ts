/**
 * A year of a small network's work, for the figures page, written straight into the app's
 * IndexedDB, sealed as the app stores it. Everything lies in `year` (the last full year, the
 * page's default period), with known counts:
 *
 * - meetings held per quarter 2, 1, 0, 1 (a fifth, in Q3, was planned and never held);
 *   attendance: the police at 3 of 4, the school at 2 of 4;
 * - actions opened 1, 1, 1, 0; done 0, 1, 1, 0 (one opened in Q1 and done in Q2); overdue at
 *   each quarter's end 1, 1, 1, 1;
 * - agreements in force at each quarter's end 2, 1, 2, 2 (one ends mid-Q2, one starts in Q3);
 * - sectors covered 1, 2, 2, 2 (the school joins in May), one only prospective throughout.
 *
 * Run after the first start (the keyring exists), then reload and unlock so the app reads it.
 */
import type { Page } from 'playwright-core';
import type { Agreement } from '../../../renderer/src/domain/agreement';
import type { ActionItem, ActionStatus, Attendee, Meeting } from '../../../renderer/src/domain/meeting';
import type { Partner } from '../../../renderer/src/domain/partner';
import type { RecordMeta } from '../../../renderer/src/domain/record';
import { appKeys, sealRows } from './sealing';

const meta = (at: string, updatedAt = at): RecordMeta => ({ id: crypto.randomUUID(), createdAt: at, updatedAt, deletedAt: null, revision: 1 });

export interface FiguresNetwork {
  police: Partner;
  school: Partner;
}

export async function seedNetworkFigures(page: Page, year: number): Promise<FiguresNetwork> {
  const before = `${year - 1}-03-01T10:00:00.000Z`;
  const partner = (name: string, sector: Partner['sector'], status: Partner['status'], joinedOn: string): Partner => ({
    ...meta(before),
    name,
    shortName: '',
    sector,
    status,
    role: '',
    joinedOn,
    notes: '',
  });
  const police = partner('Polizeipräsidium Musterstadt', 'police', 'active', `${year - 1}-03-01`);
  const school = partner('Gesamtschule Nord', 'school', 'active', `${year}-05-01`);
  const youth = partner('Jugendzentrum Süd', 'youth', 'prospective', '');

  const attendee = (who: Partner, attendance: Attendee['attendance']): Attendee => ({
    id: crypto.randomUUID(),
    partnerId: who.id,
    contactId: null,
    name: `Vertretung ${who.name}`,
    organisation: '',
    attendance,
    note: '',
  });
  const meeting = (title: string, date: string, status: Meeting['status'], attendees: Attendee[]): Meeting => ({
    ...meta(`${date}T08:00:00.000Z`),
    title,
    type: 'network',
    seriesId: null,
    startsAt: `${date}T13:00:00.000Z`,
    endsAt: `${date}T15:00:00.000Z`,
    timeZone: 'Europe/Berlin',
    location: 'Rathaus',
    onlineLink: '',
    chair: '',
    minuteTaker: '',
    confidentiality: 'internal',
    status,
    attendees,
    approvedAt: null,
    circulations: [],
    amendments: [],
  });
  const meetings = [
    meeting('Netzwerktreffen Februar', `${year}-02-10`, 'held', [attendee(police, 'present'), attendee(school, 'present')]),
    meeting('Netzwerktreffen März', `${year}-03-12`, 'approved', [attendee(police, 'present'), attendee(school, 'apologies')]),
    meeting('Netzwerktreffen Mai', `${year}-05-20`, 'circulated', [attendee(police, 'absent'), attendee(school, 'present')]),
    meeting('Netzwerktreffen August', `${year}-08-10`, 'planned', [attendee(police, 'invited'), attendee(school, 'invited')]),
    meeting('Netzwerktreffen November', `${year}-11-05`, 'held', [attendee(police, 'present'), attendee(school, 'absent')]),
  ];

  const action = (text: string, dueDate: string, ...changes: [day: string, status: ActionStatus][]): ActionItem => {
    const history = changes.map(([day, status]) => ({ at: `${day}T12:00:00.000Z`, status }));
    return {
      ...meta(history[0]!.at, history[history.length - 1]!.at),
      meetingId: meetings[0]!.id,
      agendaItemId: crypto.randomUUID(),
      text,
      ownerPartnerId: police.id,
      ownerContactId: null,
      dueDate,
      status: history[history.length - 1]!.status,
      history,
    };
  };
  const actions = [
    action('Lagebild für die Schulen aktualisieren', `${year}-02-28`, [`${year}-01-15`, 'open'], [`${year}-05-10`, 'done']),
    action('Elternabend planen', `${year}-06-01`, [`${year}-04-02`, 'open']),
    action('Fortbildung organisieren', `${year}-12-01`, [`${year}-07-01`, 'open'], [`${year}-09-15`, 'done']),
  ];

  const agreement = (title: string, status: Agreement['status'], startDate: string, endDate: string): Agreement => ({
    ...meta(before),
    title,
    parties: [
      { partnerId: police.id, role: 'separate_controller' },
      { partnerId: school.id, role: 'separate_controller' },
    ],
    purpose: 'Prävention',
    legalBases: ['dsgvo_6_1_e'],
    legalBasisOther: '',
    dataCategories: ['identity'],
    sharingMethod: '',
    security: '',
    retentionPeriod: '',
    retentionMonths: null,
    deletionArrangements: '',
    startDate,
    reviewDate: `${year + 3}-01-01`,
    endDate,
    signatories: [],
    status,
    documentReference: '',
  });
  const agreements = [
    agreement('Rahmenvereinbarung', 'active', `${year - 1}-06-01`, ''),
    agreement('Pilotprojekt Schule', 'expired', `${year}-01-01`, `${year}-05-15`),
    agreement('Fallkonferenzen', 'active', `${year}-09-01`, ''),
  ];

  const keys = await appKeys(page);
  const rows: Record<string, object[]> = {
    partners: sealRows(keys, 'partners', [police, school, youth]),
    meetings: sealRows(keys, 'meetings', meetings),
    actions: sealRows(keys, 'actions', actions),
    agreements: sealRows(keys, 'agreements', agreements),
  };
  await page.evaluate(
    (tables) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [store, list] of Object.entries(tables)) for (const row of list) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
  return { police, school };
}

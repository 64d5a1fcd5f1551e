/**
 * Loads the example network offered at first start: its partners and contacts, and what they
 * have been doing (meetings, actions, a case, an agreement, a risk picture; domain/example-activity.ts). One
 * transaction through the record stores, so every record has its audit entry and a failure
 * leaves nothing behind.
 */
import type { Language } from '../../../../electron/contract';
import { agreementInputSchema } from '../../domain/agreement';
import { localToday } from '../../domain/date-time';
import { exampleActivity, type ExampleDirectory } from '../../domain/example-activity';
import { exampleNetworkEntries, type ExamplePartnerKey } from '../../domain/example-network';
import { partnerInputSchema, type Contact } from '../../domain/partner';
import { referralInputSchema } from '../../domain/referral';
import { riskEditionInputSchema } from '../../domain/risk-picture';
import { formatCaseCode, nextCaseNumber } from '../../domain/referral-workflow';
import { machineTimeZone } from '../../domain/zoned-time';
import type { RoundtableDb } from '../db';
import { guarded, LocalUserMissingError } from '../errors';
import { createRecordStores, writeTransaction, type AuditNote } from '../record-store';
import type { RecordTable } from '../tables';
import { eventAudit } from './referral-events';
import { createTimelineWriter } from './referral-timeline';
import { settingOf } from './settings';

const tables: RecordTable[] = [
  'partners',
  'contacts',
  'meetingSeries',
  'meetings',
  'agendaItems',
  'actions',
  'referrals',
  'referralEvents',
  'agreements',
  'riskPictures',
];

export interface ExampleLoaded {
  partners: number;
  meetings: number;
  actions: number;
  caseCode: string;
}

export function createExampleNetworkRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  const stores = createRecordStores(db, () => localToday(clock()));
  const timeline = createTimelineWriter(stores);

  return {
    /** Writes the example in the UI language, its meetings on the clock of `timeZone` (the network's). */
    async load(language: Language, timeZone: string = machineTimeZone()): Promise<ExampleLoaded> {
      const at = clock();
      const today = localToday(at);
      const partners = exampleNetworkEntries(language).map(({ key, input }) => ({ key, ...partnerInputSchema.parse(input) }));
      const note: AuditNote = { action: 'create', at };
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          const user = settingOf(db, 'localUser', await db.settings.get('localUser'));
          if (!user) throw new LocalUserMissingError();
          const by = `${user.name} (${user.organisation})`;

          const partnerIds = new Map<ExamplePartnerKey, string>();
          const firstContacts = new Map<ExamplePartnerKey, Contact>();
          for (const { key, contacts, ...data } of partners) {
            const partner = await stores.partners.insert(data, note);
            partnerIds.set(key, partner.id);
            for (const [position, { id: _id, ...contact }] of contacts.entries()) {
              const saved = await stores.contacts.insert({ ...contact, partnerId: partner.id, position }, note);
              if (position === 0) firstContacts.set(key, saved);
            }
          }
          const directory: ExampleDirectory = {
            partnerId: (key) => required(partnerIds.get(key), key),
            contact: (key) => required(firstContacts.get(key), key),
          };
          const activity = exampleActivity(language, today, timeZone, directory);

          await stores.meetingSeries.insert(activity.series, note);
          for (const meeting of activity.meetings) await stores.meetings.insert(meeting, note);
          for (const item of activity.agendaItems) await stores.agendaItems.insert(item, note);
          for (const action of activity.actions) await stores.actions.insert(action, note);

          const { status, ...caseInput } = activity.referral;
          const data = referralInputSchema(() => today).parse(caseInput);
          const year = Number(data.receivedOn.slice(0, 4));
          // Numbered like any case, so a code is never given out twice.
          const caseNumber = nextCaseNumber((await stores.referrals.whereIncludingDeleted('caseYear', year)).map((referral) => referral.caseNumber));
          const referral = await stores.referrals.insert(
            {
              ...data,
              referringContactId: data.referringContactId || null,
              caseCode: formatCaseCode(year, caseNumber),
              caseYear: year,
              caseNumber,
              status,
              outcome: null,
              closedOn: null,
              nextReviewOn: null,
              retentionFrom: null,
              corrections: [],
            },
            note,
          );
          const received = {
            kind: 'status' as const,
            on: data.receivedOn,
            text: '',
            fromStatus: null,
            toStatus: 'received' as const,
            outcome: null,
            meetingId: null,
            agendaItemId: null,
            ownerPartnerId: null,
            dueDate: '',
            doneOn: null,
            reviewMonths: null,
          };
          // As the case form and its timeline write them: "received" is said by the case's own entry.
          for (const event of [received, ...activity.events]) {
            const entry = { ...event, referralId: referral.id, by };
            await timeline.add(entry, { action: 'event', at, changes: event === received ? [] : eventAudit(entry) });
          }

          await stores.agreements.insert(agreementInputSchema(() => today).parse(activity.agreement), note);
          await stores.riskPictures.insert(
            {
              ...riskEditionInputSchema.parse(activity.riskPicture),
              status: 'draft',
              editionNumber: 1,
              previousEditionId: null,
              agreement: null,
              caseFigures: null,
            },
            note,
          );
          return { partners: partners.length, meetings: activity.meetings.length, actions: activity.actions.length, caseCode: referral.caseCode };
        }),
      );
    },
  };
}

function required<T>(value: T | undefined, key: string): T {
  if (value === undefined) throw new Error(`example network: no partner or contact for "${key}"`);
  return value;
}

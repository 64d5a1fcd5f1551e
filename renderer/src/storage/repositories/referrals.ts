/**
 * Referrals and their timelines. Every write is one transaction together with its audit
 * entry, so a change without its record of who made it cannot exist (and vice versa).
 */
import { referralInputSchema, type Referral, type ReferralEvent, type ReferralInput } from '../../domain/referral';
import { checkTransition, formatCaseCode, nextCaseNumber, reviewDates, type TransitionRequest } from '../../domain/referral-workflow';
import { diffChanges } from '../../domain/audit-chain';
import type { RoundtableDb } from '../db';
import { guarded, LocalUserMissingError, RecordNotFoundError, TransitionRefusedError } from '../errors';
import { createRecordStores, writeTransaction, type RecordStores } from '../record-store';
import type { RecordTable } from '../tables';
import { readSetting } from './settings';
import { eventAudit, newEvent, type TimelineInput } from './referral-events';
import { checkCoverage } from './referral-coverage';

export interface ReferralBundle {
  referral: Referral;
  events: ReferralEvent[];
}

export function createReferralRepository(db: RoundtableDb, clock: () => Date, today: () => string) {
  const tables: RecordTable[] = ['referrals', 'referralEvents', 'partners', 'contacts', 'agreements', 'coverageAcknowledgements'];
  const stores: RecordStores = createRecordStores(db, today);
  const schema = referralInputSchema(today);

  async function actorLabel(): Promise<string> {
    const user = readSetting('localUser', (await db.settings.get('localUser'))?.value);
    if (!user) throw new LocalUserMissingError();
    return `${user.name} (${user.organisation})`;
  }

  /**
   * Partners named in a referral must be live, except one archived since it joined the case
   * (an old case stays editable); a contact must belong to the referring partner.
   */
  async function checkPartners(data: ReturnType<typeof schema.parse>, before?: Referral): Promise<void> {
    const ids = [data.referringPartnerId, data.leadPartnerId, ...data.involvedPartnerIds].filter(Boolean);
    const existing = new Set(before ? [before.referringPartnerId, before.leadPartnerId, ...before.involvedPartnerIds] : []);
    for (const id of ids) {
      const partner = existing.has(id) ? await stores.partners.getIncludingDeleted(id) : await stores.partners.get(id);
      if (!partner) throw new RecordNotFoundError('partner', id);
    }
    if (data.referringContactId) {
      const contact = await stores.contacts.getIncludingDeleted(data.referringContactId);
      if (!contact || contact.partnerId !== data.referringPartnerId) throw new RecordNotFoundError('contact', data.referringContactId);
    }
  }

  /**
   * Adds a timeline entry with its audit entry. The entry a status change writes has no
   * changes of its own: the status change's audit entry already says what happened.
   */
  async function addEventRecord(
    input: TimelineInput & { referralId: string },
    by: string,
    at: Date,
    options: { ofStatusChange?: boolean } = {},
  ): Promise<ReferralEvent> {
    const event = newEvent(input.referralId, input, by);
    return stores.referralEvents.insert(event, { action: 'event', at, changes: options.ofStatusChange ? [] : eventAudit(event) });
  }

  return {
    list(): Promise<Referral[]> {
      return guarded(() => stores.referrals.list());
    },

    /** Every live timeline entry of every case (for due reviews on the list). */
    listEvents(): Promise<ReferralEvent[]> {
      return guarded(() => stores.referralEvents.list());
    },

    async get(id: string): Promise<ReferralBundle | undefined> {
      return guarded(async () => {
        const referral = await stores.referrals.get(id);
        if (!referral) return undefined;
        const events = (await stores.referralEvents.where('referralId', id)).sort((a, b) => a.on.localeCompare(b.on) || a.createdAt.localeCompare(b.createdAt));
        return { referral, events };
      });
    },

    /**
     * Validates, gives the case its code, and records "received" on the timeline and in the
     * audit trail. Refused with CoverageGapError when its partners have no agreement for its
     * data, unless `acknowledgement` gives the reason to go ahead.
     */
    async create(input: ReferralInput, options: { acknowledgement?: string } = {}): Promise<Referral> {
      const data = schema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          await checkPartners(data);
          const by = await actorLabel();
          const year = Number(data.receivedOn.slice(0, 4));
          // Tombstoned cases keep their numbers too: a case code is never given out twice.
          const numbers = (await stores.referrals.whereIncludingDeleted('caseYear', year)).map((referral) => referral.caseNumber);
          const caseNumber = nextCaseNumber(numbers);
          const referral = await stores.referrals.insert(
            {
              ...data,
              referringContactId: data.referringContactId || null,
              caseCode: formatCaseCode(year, caseNumber),
              caseYear: year,
              caseNumber,
              status: 'received',
              outcome: null,
              closedOn: null,
            },
            { action: 'create', at },
          );
          await addEventRecord({ referralId: referral.id, kind: 'status', on: data.receivedOn, text: '', toStatus: 'received' }, by, at, {
            ofStatusChange: true,
          });
          await checkCoverage(stores, { referralId: referral.id, before: null, after: referral, acknowledgement: options.acknowledgement, by }, at, today());
          return referral;
        }),
      );
    },

    /**
     * Saves the form; refused with StaleRevisionError when the case changed since
     * `baseRevision`, and with CoverageGapError like `create` when the change opens gaps.
     */
    async update(id: string, baseRevision: number, input: ReferralInput, options: { acknowledgement?: string } = {}): Promise<Referral> {
      const data = schema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          const before = await stores.referrals.require(id);
          await checkPartners(data, before);
          const after = await stores.referrals.update(
            id,
            baseRevision,
            (current) => ({ ...current, ...data, referringContactId: data.referringContactId || null }),
            { action: 'update', at },
          );
          if (after.revision === before.revision) return after;
          await checkCoverage(stores, { referralId: id, before, after, acknowledgement: options.acknowledgement, by: await actorLabel() }, at, today());
          return after;
        }),
      );
    },

    /**
     * Moves the case on. The status change, its timeline entry, the reviews a closing
     * schedules, and the audit entries are one transaction.
     */
    async transition(id: string, baseRevision: number, request: TransitionRequest & { meetingId?: string; agendaItemId?: string }): Promise<Referral> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          const before = await stores.referrals.require(id);
          const refused = checkTransition(before.status, request, today());
          if (refused) throw new TransitionRefusedError(refused);
          const by = await actorLabel();
          const closing = request.to === 'closed';
          const text = [request.decidedBy.trim(), request.note.trim()].filter(Boolean).join(' — ');
          const next: Referral = {
            ...before,
            status: request.to,
            outcome: closing ? request.outcome : before.outcome,
            closedOn: closing ? request.on : before.closedOn,
          };
          const changes = [...diffChanges(before, next, ['status', 'outcome', 'closedOn']), { field: 'decision', old: null, new: text }];
          const after = await stores.referrals.update(id, baseRevision, () => next, { action: 'status', at, changes });
          await addEventRecord(
            {
              referralId: id,
              kind: request.to === 'panel' && request.meetingId ? 'panel' : 'status',
              on: request.on,
              text,
              fromStatus: before.status,
              toStatus: request.to,
              outcome: closing ? request.outcome : null,
              meetingId: request.meetingId || null,
              agendaItemId: request.agendaItemId || null,
            },
            by,
            at,
            { ofStatusChange: true },
          );
          if (closing) {
            for (const review of reviewDates(request.on)) {
              await addEventRecord(
                { referralId: id, kind: 'review', on: review.dueDate, dueDate: review.dueDate, text: '', reviewMonths: review.months },
                by,
                at,
              );
            }
          }
          return after;
        }),
      );
    },

    /** Adds a note, a contact with the person, a panel discussion or a support action. */
    async addEvent(id: string, input: TimelineInput): Promise<ReferralEvent> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          await stores.referrals.require(id);
          return addEventRecord({ ...input, referralId: id }, await actorLabel(), at);
        }),
      );
    },

    /** Marks a review or support action as done on a day. */
    async completeEvent(eventId: string, baseRevision: number, doneOn: string): Promise<void> {
      const at = clock();
      await guarded(() =>
        writeTransaction(db, tables, async () => {
          const event = await stores.referralEvents.require(eventId);
          await stores.referrals.require(event.referralId);
          await stores.referralEvents.update(eventId, baseRevision, (current) => ({ ...current, doneOn }), {
            action: 'event',
            at,
            changes: [{ field: `${event.kind}.doneOn`, old: event.doneOn, new: doneOn }],
          });
        }),
      );
    },
  };
}

export type ReferralRepository = ReturnType<typeof createReferralRepository>;

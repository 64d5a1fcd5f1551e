/**
 * Referrals and their timelines. Every write is one transaction together with its audit
 * entry, so a change without its record of who made it cannot exist (and vice versa).
 */
import type { Contact } from '../../domain/partner';
import { referralInputSchema, type Referral, type ReferralEvent, type ReferralInput } from '../../domain/referral';
import { correctionReasonSchema, correctReferral } from '../../domain/referral-correction';
import { checkTransition, formatCaseCode, nextCaseNumber, reviewDates, type TransitionRequest } from '../../domain/referral-workflow';
import { diffChanges } from '../../domain/audit-chain';
import type { RoundtableDb } from '../db';
import { guarded, LocalUserMissingError, RecordNotFoundError, TransitionRefusedError } from '../errors';
import { createRecordStores, writeTransaction, type RecordStores } from '../record-store';
import type { RecordTable } from '../tables';
import { settingOf } from './settings';
import { eventAudit, newEvent, type TimelineInput } from './referral-events';
import { checkCoverage } from './referral-coverage';
import { createReferralListQueries, type ReferralRange, type ReferralRangeResult } from './referral-list-query';
import { createTimelineWriter } from './referral-timeline';

export interface ReferralBundle {
  referral: Referral;
  events: ReferralEvent[];
}

export function createReferralRepository(db: RoundtableDb, clock: () => Date, today: () => string) {
  const tables: RecordTable[] = ['referrals', 'referralEvents', 'partners', 'contacts', 'agreements', 'coverageAcknowledgements', 'erasures'];
  const stores: RecordStores = createRecordStores(db, today);
  const schema = referralInputSchema(today);
  // Timeline entries are written only through here: it keeps each case's next review date.
  const timeline = createTimelineWriter(stores);
  const listQueries = createReferralListQueries(stores.referrals);

  async function actorLabel(): Promise<string> {
    const user = settingOf(db, 'localUser', await db.settings.get('localUser'));
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
    return timeline.add(event, { action: 'event', at, changes: options.ofStatusChange ? [] : eventAudit(event) });
  }

  return {
    /**
     * The live cases of the list's index range (status, lead, due reviews, order) as ids in
     * index order; with `withListed`, also what the in-memory concern and risk filters need.
     */
    listRange(range: ReferralRange, today: string, withListed: boolean): Promise<ReferralRangeResult> {
      return guarded(() => listQueries.range(range, today, withListed));
    },

    /** The cases at positions [from, to) of a range's ids, in the list's order (see referral-list-query.ts). */
    listPage(ids: readonly string[], from: number, to: number, order: ReferralRange['order'], exact: boolean): Promise<Referral[]> {
      return guarded(() => listQueries.page(ids, from, to, order, exact));
    },

    /** Contacts by id, archived ones included: a case's referring contact, and those its history names. */
    async contactsByIds(ids: readonly (string | null)[]): Promise<Contact[]> {
      return guarded(async () => {
        const found = await Promise.all([...new Set(ids)].filter((id): id is string => Boolean(id)).map((id) => stores.contacts.getIncludingDeleted(id)));
        return found.filter((contact): contact is Contact => contact !== undefined);
      });
    },

    /** Whether there is any live case at all (the list's empty state). */
    async hasAny(): Promise<boolean> {
      return guarded(async () => (await stores.referrals.query((rows) => rows.toCollection().limit(1))).length > 0);
    },

    /** Ids of the partners that lead a case (archived cases' leads included), from the index alone. */
    async leadPartnerIds(): Promise<string[]> {
      return guarded(async () => (await stores.referrals.uniqueKeys('leadPartnerId')).map(String).filter(Boolean));
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
          // Tombstoned and deleted cases keep their numbers too: a case code is never given out twice.
          const numbers = [
            ...(await stores.referrals.whereIncludingDeleted('caseYear', year)).map((referral) => referral.caseNumber),
            ...(await stores.erasures.whereIncludingDeleted('caseYear', year)).flatMap((erasure) => (erasure.caseNumber === null ? [] : [erasure.caseNumber])),
          ];
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
              // Worked out from the timeline as soon as it has an entry, just below.
              nextReviewOn: null,
              retentionFrom: null,
              corrections: [],
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
     * With `correction`, the edit is a rectification: audited as `correct` with its reason,
     * and the case is marked "corrected on … because …" (domain/referral-correction.ts).
     */
    async update(
      id: string,
      baseRevision: number,
      input: ReferralInput,
      options: { acknowledgement?: string; correction?: { reason: string } } = {},
    ): Promise<Referral> {
      const data = schema.parse(input);
      const reason = options.correction ? correctionReasonSchema.parse(options.correction.reason) : null;
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          const before = await stores.referrals.require(id);
          await checkPartners(data, before);
          const next: Referral = { ...before, ...data, referringContactId: data.referringContactId || null };
          const corrected = reason === null ? null : correctReferral(before, next, today(), reason);
          const after = await stores.referrals.update(
            id,
            baseRevision,
            () => corrected?.record ?? next,
            corrected ? { action: 'correct', at, changes: corrected.changes } : { action: 'update', at },
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
          await timeline.change(eventId, baseRevision, (current) => ({ ...current, doneOn }), {
            action: 'event',
            at,
            changes: [{ field: `${event.kind}.doneOn`, old: event.doneOn, new: doneOn }],
          });
        }),
      );
    },

    /**
     * Removes a timeline entry entered or scheduled by mistake (a tombstone, audited): a removed
     * review no longer falls due. Status steps stay: the case's status follows from them.
     */
    async removeEvent(eventId: string, baseRevision: number): Promise<void> {
      const at = clock();
      await guarded(() =>
        writeTransaction(db, tables, async () => {
          const event = await stores.referralEvents.require(eventId);
          await stores.referrals.require(event.referralId);
          if (event.kind === 'status') throw new TransitionRefusedError('notAllowed');
          await timeline.remove(eventId, baseRevision, { action: 'remove', at });
        }),
      );
    },
  };
}

export type ReferralRepository = ReturnType<typeof createReferralRepository>;

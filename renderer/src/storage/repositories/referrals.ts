/**
 * Referrals and their timelines. Every write is one transaction together with its audit
 * entry, so a change without its record of who made it cannot exist (and vice versa).
 */
import { auditedReferralFields, referralInputSchema, type Referral, type ReferralEvent, type ReferralInput } from '../../domain/referral';
import { checkTransition, formatCaseCode, nextCaseNumber, reviewDates, type TransitionError, type TransitionRequest } from '../../domain/referral-workflow';
import { diffChanges } from '../../domain/audit-chain';
import { newRecordMeta } from '../../domain/record';
import { appendAudit, LocalUserMissingError } from '../audit';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { RecordNotFoundError } from './partners';
import { readSetting } from './settings';
import { newEvent, type TimelineInput } from './referral-events';
import { checkCoverage } from './referral-coverage';

export class TransitionRefusedError extends Error {
  constructor(readonly reason: TransitionError) {
    super(`status change refused: ${reason}`);
    this.name = 'TransitionRefusedError';
  }
}

export interface ReferralBundle {
  referral: Referral;
  events: ReferralEvent[];
}

export function createReferralRepository(db: RoundtableDb, clock: () => Date, today: () => string) {
  const tables = [db.referrals, db.referralEvents, db.audit, db.settings, db.partners, db.contacts, db.agreements, db.coverageAcknowledgements];
  const schema = referralInputSchema(today);

  async function actorLabel(): Promise<string> {
    const user = readSetting('localUser', (await db.settings.get('localUser'))?.value);
    if (!user) throw new LocalUserMissingError();
    return `${user.name} (${user.organisation})`;
  }

  async function live(id: string): Promise<Referral> {
    const referral = await db.referrals.get(id);
    if (!referral || referral.deletedAt !== null) throw new RecordNotFoundError(id);
    return referral;
  }

  /**
   * Partners named in a referral must be live, except one archived since it joined the case
   * (an old case stays editable); a contact must belong to the referring partner.
   */
  async function checkPartners(data: ReturnType<typeof schema.parse>, before?: Referral): Promise<void> {
    const ids = [data.referringPartnerId, data.leadPartnerId, ...data.involvedPartnerIds].filter(Boolean);
    const existing = new Set(before ? [before.referringPartnerId, before.leadPartnerId, ...before.involvedPartnerIds] : []);
    for (const id of ids) {
      const partner = await db.partners.get(id);
      if (!partner || (partner.deletedAt !== null && !existing.has(id))) throw new RecordNotFoundError(id);
    }
    if (data.referringContactId) {
      const contact = await db.contacts.get(data.referringContactId);
      if (!contact || contact.partnerId !== data.referringPartnerId) throw new RecordNotFoundError(data.referringContactId);
    }
  }

  return {
    list(): Promise<Referral[]> {
      return guarded(async () => (await db.referrals.toArray()).filter((referral) => referral.deletedAt === null));
    },

    /** Every live timeline entry of every case (for due reviews on the list). */
    listEvents(): Promise<ReferralEvent[]> {
      return guarded(async () => (await db.referralEvents.toArray()).filter((event) => event.deletedAt === null));
    },

    async get(id: string): Promise<ReferralBundle | undefined> {
      return guarded(async () => {
        const referral = await db.referrals.get(id);
        if (!referral || referral.deletedAt !== null) return undefined;
        const events = (await db.referralEvents.where('referralId').equals(id).toArray())
          .filter((event) => event.deletedAt === null)
          .sort((a, b) => a.on.localeCompare(b.on) || a.createdAt.localeCompare(b.createdAt));
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
      const now = clock();
      return guarded(() =>
        db.transaction('rw', tables, async () => {
          await checkPartners(data);
          const by = await actorLabel();
          const year = Number(data.receivedOn.slice(0, 4));
          const numbers = (await db.referrals.where('caseYear').equals(year).toArray()).map((referral) => referral.caseNumber);
          const caseNumber = nextCaseNumber(numbers);
          const referral: Referral = {
            ...newRecordMeta(now),
            ...data,
            referringContactId: data.referringContactId || null,
            caseCode: formatCaseCode(year, caseNumber),
            caseYear: year,
            caseNumber,
            status: 'received',
            outcome: null,
            closedOn: null,
          };
          await db.referrals.add(referral);
          await db.referralEvents.add(newEvent(referral.id, { kind: 'status', on: data.receivedOn, text: '', toStatus: 'received' }, by, now));
          await appendAudit(db, { action: 'create', entityId: referral.id, changes: diffChanges(null, referral, auditedReferralFields) }, now);
          await checkCoverage(db, { referralId: referral.id, before: null, after: referral, acknowledgement: options.acknowledgement, by }, now, today());
          return referral;
        }),
      );
    },

    /** Saves the form. Refused with CoverageGapError like `create` when the change opens gaps. */
    async update(id: string, input: ReferralInput, options: { acknowledgement?: string } = {}): Promise<Referral> {
      const data = schema.parse(input);
      const now = clock();
      return guarded(() =>
        db.transaction('rw', tables, async () => {
          const before = await live(id);
          await checkPartners(data, before);
          const after: Referral = { ...before, ...data, referringContactId: data.referringContactId || null, updatedAt: now.toISOString() };
          const changes = diffChanges(before, after, auditedReferralFields);
          if (changes.length === 0) return before;
          await db.referrals.put(after);
          await appendAudit(db, { action: 'update', entityId: id, changes }, now);
          await checkCoverage(db, { referralId: id, before, after, acknowledgement: options.acknowledgement, by: await actorLabel() }, now, today());
          return after;
        }),
      );
    },

    /**
     * Moves the case on. The status change, its timeline entry, the reviews a closing
     * schedules, and the audit entry are one transaction.
     */
    async transition(id: string, request: TransitionRequest & { meetingId?: string; agendaItemId?: string }): Promise<Referral> {
      const now = clock();
      return guarded(() =>
        db.transaction('rw', tables, async () => {
          const before = await live(id);
          const refused = checkTransition(before.status, request, today());
          if (refused) throw new TransitionRefusedError(refused);
          const by = await actorLabel();
          const closing = request.to === 'closed';
          const after: Referral = {
            ...before,
            status: request.to,
            outcome: closing ? request.outcome : before.outcome,
            closedOn: closing ? request.on : before.closedOn,
            updatedAt: now.toISOString(),
          };
          await db.referrals.put(after);
          const text = [request.decidedBy.trim(), request.note.trim()].filter(Boolean).join(' — ');
          await db.referralEvents.add(
            newEvent(id, {
              kind: request.to === 'panel' && request.meetingId ? 'panel' : 'status',
              on: request.on,
              text,
              fromStatus: before.status,
              toStatus: request.to,
              outcome: closing ? request.outcome : null,
              meetingId: request.meetingId || null,
              agendaItemId: request.agendaItemId || null,
            }, by, now),
          );
          if (closing) {
            for (const review of reviewDates(request.on)) {
              await db.referralEvents.add(newEvent(id, { kind: 'review', on: review.dueDate, dueDate: review.dueDate, text: '', reviewMonths: review.months }, by, now));
            }
          }
          await appendAudit(db, { action: 'status', entityId: id, changes: [...diffChanges(before, after, ['status', 'outcome', 'closedOn']), { field: 'decision', old: null, new: text }] }, now);
          return after;
        }),
      );
    },

    /** Adds a note, a contact with the person, a panel discussion or a support action. */
    async addEvent(id: string, input: TimelineInput): Promise<ReferralEvent> {
      const now = clock();
      return guarded(() =>
        db.transaction('rw', tables, async () => {
          await live(id);
          const event = newEvent(id, input, await actorLabel(), now);
          await db.referralEvents.add(event);
          await appendAudit(db, { action: 'event', entityId: id, changes: [{ field: event.kind, old: null, new: { on: event.on, text: event.text, dueDate: event.dueDate || undefined, meetingId: event.meetingId ?? undefined } }] }, now);
          return event;
        }),
      );
    },

    /** Marks a review or support action as done on a day. */
    async completeEvent(eventId: string, doneOn: string): Promise<void> {
      const now = clock();
      await guarded(() =>
        db.transaction('rw', tables, async () => {
          const event = await db.referralEvents.get(eventId);
          if (!event || event.deletedAt !== null) throw new RecordNotFoundError(eventId);
          await live(event.referralId);
          await db.referralEvents.put({ ...event, doneOn, updatedAt: now.toISOString() });
          await appendAudit(db, { action: 'event', entityId: event.referralId, changes: [{ field: `${event.kind}.doneOn`, old: event.doneOn, new: doneOn }] }, now);
        }),
      );
    },
  };
}

export type ReferralRepository = ReturnType<typeof createReferralRepository>;

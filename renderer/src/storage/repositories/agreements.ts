/**
 * The register of information-sharing agreements. Every change is one transaction with its
 * audit entry (architecture guide: every change to an agreement is audited).
 */
import { agreementInputSchema, auditedAgreementFields, type Agreement, type AgreementData, type AgreementInput } from '../../domain/agreement';
import { diffChanges } from '../../domain/audit-chain';
import { newRecordMeta } from '../../domain/record';
import { isRealIsoDate } from '../../domain/validation';
import { appendAudit } from '../audit';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { RecordNotFoundError } from './partners';

export function createAgreementRepository(db: RoundtableDb, clock: () => Date, today: () => string) {
  const tables = [db.agreements, db.partners, db.audit, db.settings];
  const schema = agreementInputSchema(today);

  async function live(id: string): Promise<Agreement> {
    const agreement = await db.agreements.get(id);
    if (!agreement || agreement.deletedAt !== null) throw new RecordNotFoundError(id);
    return agreement;
  }

  /**
   * Parties must be live partners; one archived since it became a party may stay, so an old
   * agreement can still be edited (or terminated) after a partner left the network.
   */
  async function checkParties(data: AgreementData, before?: Agreement): Promise<void> {
    const existing = new Set(before?.parties.map((party) => party.partnerId));
    for (const party of data.parties) {
      const partner = await db.partners.get(party.partnerId);
      if (!partner || (partner.deletedAt !== null && !existing.has(party.partnerId))) throw new RecordNotFoundError(party.partnerId);
    }
  }

  return {
    list(): Promise<Agreement[]> {
      return guarded(async () => (await db.agreements.toArray()).filter((agreement) => agreement.deletedAt === null));
    },

    get(id: string): Promise<Agreement | undefined> {
      return guarded(async () => {
        const agreement = await db.agreements.get(id);
        return agreement && agreement.deletedAt === null ? agreement : undefined;
      });
    },

    async create(input: AgreementInput): Promise<Agreement> {
      const data = schema.parse(input);
      const now = clock();
      return guarded(() =>
        db.transaction('rw', tables, async () => {
          await checkParties(data);
          const agreement: Agreement = { ...newRecordMeta(now), ...data };
          await db.agreements.add(agreement);
          await appendAudit(db, { action: 'create', entity: 'agreement', entityId: agreement.id, changes: diffChanges(null, agreement, auditedAgreementFields) }, now);
          return agreement;
        }),
      );
    },

    async update(id: string, input: AgreementInput): Promise<Agreement> {
      const data = schema.parse(input);
      const now = clock();
      return guarded(() =>
        db.transaction('rw', tables, async () => {
          const before = await live(id);
          await checkParties(data, before);
          const after: Agreement = { ...before, ...data, updatedAt: now.toISOString() };
          const changes = diffChanges(before, after, auditedAgreementFields);
          if (changes.length === 0) return before;
          await db.agreements.put(after);
          await appendAudit(db, { action: 'update', entity: 'agreement', entityId: id, changes }, now);
          return after;
        }),
      );
    },

    /**
     * The review is done: the agreement stays (or becomes again) active, with the next review
     * date. Refused for a draft, a terminated agreement, or a next date not after today.
     */
    async recordReview(id: string, nextReviewDate: string): Promise<Agreement> {
      const now = clock();
      return guarded(() =>
        db.transaction('rw', tables, async () => {
          const before = await live(id);
          if (!isRealIsoDate(nextReviewDate) || nextReviewDate <= today()) throw new RangeError('next review date must be after today');
          if (before.status !== 'active' && before.status !== 'under_review') throw new RangeError(`cannot review an agreement that is ${before.status}`);
          const after: Agreement = { ...before, status: 'active', reviewDate: nextReviewDate, updatedAt: now.toISOString() };
          await db.agreements.put(after);
          await appendAudit(db, { action: 'status', entity: 'agreement', entityId: id, changes: diffChanges(before, after, ['status', 'reviewDate']) }, now);
          return after;
        }),
      );
    },
  };
}

export type AgreementRepository = ReturnType<typeof createAgreementRepository>;

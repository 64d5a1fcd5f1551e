/**
 * The register of information-sharing agreements. Every change is one transaction with its
 * audit entry (architecture guide: every change to an agreement is audited).
 */
import { agreementInputSchema, type Agreement, type AgreementData, type AgreementInput } from '../../domain/agreement';
import { isRealIsoDate } from '../../domain/validation';
import type { RoundtableDb } from '../db';
import { guarded, RecordNotFoundError, ReviewRefusedError } from '../errors';
import { createRecordStores, writeTransaction } from '../record-store';

export function createAgreementRepository(db: RoundtableDb, clock: () => Date, today: () => string) {
  const tables = ['agreements', 'partners'] as const;
  const schema = agreementInputSchema(today);
  const stores = createRecordStores(db, today);

  /**
   * Parties must be live partners; one archived since it became a party may stay, so an old
   * agreement can still be edited (or terminated) after a partner left the network.
   */
  async function checkParties(data: AgreementData, before?: Agreement): Promise<void> {
    const existing = new Set(before?.parties.map((party) => party.partnerId));
    for (const { partnerId } of data.parties) {
      const partner = existing.has(partnerId) ? await stores.partners.getIncludingDeleted(partnerId) : await stores.partners.get(partnerId);
      if (!partner) throw new RecordNotFoundError('partner', partnerId);
    }
  }

  return {
    list(): Promise<Agreement[]> {
      return guarded(() => stores.agreements.list());
    },

    get(id: string): Promise<Agreement | undefined> {
      return guarded(() => stores.agreements.get(id));
    },

    async create(input: AgreementInput): Promise<Agreement> {
      const data = schema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          await checkParties(data);
          return stores.agreements.insert(data, { action: 'create', at });
        }),
      );
    },

    /** Saves the form; refused with StaleRevisionError when the agreement changed since `baseRevision`. */
    async update(id: string, baseRevision: number, input: AgreementInput): Promise<Agreement> {
      const data = schema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          await checkParties(data, await stores.agreements.require(id));
          return stores.agreements.update(id, baseRevision, (before) => ({ ...before, ...data }), { action: 'update', at });
        }),
      );
    },

    /**
     * The review is done: the agreement stays (or becomes again) active, with the next review
     * date. Refused for a draft, a terminated agreement, or a next date not after today.
     */
    async recordReview(id: string, baseRevision: number, nextReviewDate: string): Promise<Agreement> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          if (!isRealIsoDate(nextReviewDate) || nextReviewDate <= today()) throw new ReviewRefusedError('nextDateNotAfterToday');
          return stores.agreements.update(
            id,
            baseRevision,
            (before) => {
              if (before.status !== 'active' && before.status !== 'under_review') throw new ReviewRefusedError('notInForce');
              return { ...before, status: 'active', reviewDate: nextReviewDate };
            },
            { action: 'status', at },
          );
        }),
      );
    },
  };
}

export type AgreementRepository = ReturnType<typeof createAgreementRepository>;

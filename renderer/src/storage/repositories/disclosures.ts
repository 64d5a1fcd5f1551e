/**
 * Each case's disclosure log and its acknowledged coverage gaps. A disclosure is only ever
 * added (with its audit entry, in one transaction): the log is evidence, not a draft.
 */
import { disclosureInputSchema, type CoverageAcknowledgement, type Disclosure, type DisclosureInput } from '../../domain/disclosure';
import { newRecordMeta } from '../../domain/record';
import { appendAudit, LocalUserMissingError } from '../audit';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { RecordNotFoundError } from './partners';
import { liveAcknowledgements } from './referral-coverage';
import { readSetting } from './settings';

/** The chosen agreement does not bind both partners, so nothing can have been shared under it. */
export class AgreementMismatchError extends Error {
  constructor(readonly agreementId: string) {
    super(`agreement ${agreementId} does not bind both partners of the disclosure`);
    this.name = 'AgreementMismatchError';
  }
}

export function createDisclosureRepository(db: RoundtableDb, clock: () => Date, today: () => string) {
  const schema = disclosureInputSchema(today);
  const tables = [db.disclosures, db.referrals, db.partners, db.agreements, db.audit, db.settings];

  return {
    /** One case's log, in the order things were shared. */
    listFor(referralId: string): Promise<Disclosure[]> {
      return guarded(async () =>
        (await db.disclosures.where('referralId').equals(referralId).toArray())
          .filter((disclosure) => disclosure.deletedAt === null)
          .sort((a, b) => a.sharedOn.localeCompare(b.sharedOn) || a.createdAt.localeCompare(b.createdAt)),
      );
    },

    /** The gaps the coordinator went ahead with on this case, oldest first. */
    acknowledgementsFor(referralId: string): Promise<CoverageAcknowledgement[]> {
      return guarded(() => liveAcknowledgements(db, referralId));
    },

    async add(referralId: string, input: DisclosureInput): Promise<Disclosure> {
      const data = schema.parse(input);
      const now = clock();
      return guarded(() =>
        db.transaction('rw', tables, async () => {
          const referral = await db.referrals.get(referralId);
          if (!referral || referral.deletedAt !== null) throw new RecordNotFoundError(referralId);
          for (const partnerId of [data.fromPartnerId, data.toPartnerId]) {
            const partner = await db.partners.get(partnerId);
            if (!partner || partner.deletedAt !== null) throw new RecordNotFoundError(partnerId);
          }
          if (data.agreementId) {
            const agreement = await db.agreements.get(data.agreementId);
            if (!agreement || agreement.deletedAt !== null) throw new RecordNotFoundError(data.agreementId);
            const parties = agreement.parties.map((party) => party.partnerId);
            if (!parties.includes(data.fromPartnerId) || !parties.includes(data.toPartnerId)) throw new AgreementMismatchError(data.agreementId);
          }
          const user = readSetting('localUser', (await db.settings.get('localUser'))?.value);
          if (!user) throw new LocalUserMissingError();
          const disclosure: Disclosure = { ...newRecordMeta(now), ...data, referralId, recordedBy: `${user.name} (${user.organisation})` };
          await db.disclosures.add(disclosure);
          const { sharedOn, fromPartnerId, toPartnerId, dataCategories, description, purpose, consent, agreementId, noAgreementReason } = disclosure;
          await appendAudit(db, {
            action: 'disclose',
            entityId: referralId,
            changes: [{ field: 'disclosure', old: null, new: { on: sharedOn, fromPartnerId, toPartnerId, dataCategories, text: description, purpose, consent, agreementId, noAgreementReason } }],
          }, now);
          return disclosure;
        }),
      );
    },
  };
}

export type DisclosureRepository = ReturnType<typeof createDisclosureRepository>;

/**
 * Each case's disclosure log and its acknowledged coverage gaps. A disclosure is only ever
 * added (with its audit entry, in one transaction): the log is evidence, not a draft.
 */
import { disclosureInputSchema, type CoverageAcknowledgement, type Disclosure, type DisclosureInput } from '../../domain/disclosure';
import type { RoundtableDb } from '../db';
import { AgreementMismatchError, guarded, LocalUserMissingError } from '../errors';
import { createRecordStores, writeTransaction } from '../record-store';
import { liveAcknowledgements } from './referral-coverage';
import { settingOf } from './settings';

export function createDisclosureRepository(db: RoundtableDb, clock: () => Date, today: () => string) {
  const schema = disclosureInputSchema(today);
  const stores = createRecordStores(db, today);

  return {
    /** One case's log, in the order things were shared. */
    listFor(referralId: string): Promise<Disclosure[]> {
      return guarded(async () =>
        (await stores.disclosures.where('referralId', referralId)).sort(
          (a, b) => a.sharedOn.localeCompare(b.sharedOn) || a.createdAt.localeCompare(b.createdAt),
        ),
      );
    },

    /** The gaps the coordinator went ahead with on this case, oldest first. */
    acknowledgementsFor(referralId: string): Promise<CoverageAcknowledgement[]> {
      return guarded(() => liveAcknowledgements(stores, referralId));
    },

    async add(referralId: string, input: DisclosureInput): Promise<Disclosure> {
      const data = schema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['disclosures', 'referrals', 'partners', 'agreements'], async () => {
          await stores.referrals.require(referralId);
          await stores.partners.require(data.fromPartnerId);
          await stores.partners.require(data.toPartnerId);
          if (data.agreementId) {
            const parties = (await stores.agreements.require(data.agreementId)).parties.map((party) => party.partnerId);
            if (!parties.includes(data.fromPartnerId) || !parties.includes(data.toPartnerId)) throw new AgreementMismatchError(data.agreementId);
          }
          const user = settingOf(db, 'localUser', await db.settings.get('localUser'));
          if (!user) throw new LocalUserMissingError();
          const { sharedOn, fromPartnerId, toPartnerId, dataCategories, description, purpose, consent, agreementId, noAgreementReason } = data;
          return stores.disclosures.insert(
            { ...data, referralId, recordedBy: `${user.name} (${user.organisation})` },
            {
              action: 'disclose',
              at,
              changes: [
                {
                  field: 'disclosure',
                  old: null,
                  new: { on: sharedOn, fromPartnerId, toPartnerId, dataCategories, text: description, purpose, consent, agreementId, noAgreementReason },
                },
              ],
            },
          );
        }),
      );
    },
  };
}

export type DisclosureRepository = ReturnType<typeof createDisclosureRepository>;

/**
 * What is recorded alongside cases: disclosure logs (who shared what with whom, under which
 * agreement) and a few acknowledged coverage gaps, with the audit lines the app writes.
 */
import type { CoverageAcknowledgement, Disclosure } from '../../../renderer/src/domain/disclosure';
import type { Referral } from '../../../renderer/src/domain/referral';
import { referralDataCategories } from '../../../renderer/src/domain/referral-data-categories';
import { actorLabel, type CityContext } from './context';
import { addDaysTo, earlierOf, instantOn } from './dates';
import { sentence } from './words';

export function generateDisclosures(context: CityContext, referrals: Referral[], agreementsByPair: Map<string, string>): Disclosure[] {
  const { random, counts, today, audit } = context;
  const candidates = referrals.filter((referral) => referral.leadPartnerId !== '' && referral.leadPartnerId !== referral.referringPartnerId);
  const disclosures: Disclosure[] = [];
  for (let index = 0; index < counts.disclosures && candidates.length > 0; index += 1) {
    const referral = random.pick(candidates);
    const [fromPartnerId, toPartnerId] = random.chance(0.5)
      ? [referral.referringPartnerId, referral.leadPartnerId]
      : [referral.leadPartnerId, referral.referringPartnerId];
    const sharedOn = earlierOf(addDaysTo(referral.receivedOn, random.int(0, 60)), earlierOf(referral.closedOn ?? today, today));
    const agreementId = agreementsByPair.get(`${fromPartnerId}|${toPartnerId}`) ?? '';
    const at = instantOn(sharedOn, 11, random.int(0, 59));
    const categories = referralDataCategories(referral);
    const disclosure: Disclosure = {
      id: random.uuid(),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      revision: 1,
      sharedOn,
      fromPartnerId,
      toPartnerId,
      dataCategories: random.sample(categories, random.int(1, categories.length)),
      description: sentence(random),
      purpose: sentence(random),
      consent: referral.consent === 'obtained' ? 'with_consent' : 'without_consent',
      agreementId,
      noAgreementReason: agreementId ? '' : 'Gefahr im Verzug / urgent safeguarding concern',
      referralId: referral.id,
      recordedBy: actorLabel(at),
    };
    disclosures.push(disclosure);
    const { description, purpose, consent, noAgreementReason, dataCategories } = disclosure;
    audit.created('disclosures', disclosure, {
      action: 'disclose',
      changes: [
        {
          field: 'disclosure',
          old: null,
          new: { on: sharedOn, fromPartnerId, toPartnerId, dataCategories, text: description, purpose, consent, agreementId, noAgreementReason },
        },
      ],
    });
  }
  return disclosures;
}

export function generateAcknowledgements(context: CityContext, referrals: Referral[]): CoverageAcknowledgement[] {
  const { random, counts, audit } = context;
  const candidates = referrals.filter((referral) => referral.leadPartnerId !== '' && referral.leadPartnerId !== referral.referringPartnerId);
  return random.sample(candidates, counts.acknowledgements).map((referral) => {
    const gaps = [{ partnerIds: [referral.referringPartnerId, referral.leadPartnerId] as [string, string], missing: referralDataCategories(referral) }];
    const reason = 'Akute Gefährdung, Vereinbarung in Vorbereitung / urgent, agreement being drawn up';
    const acknowledgement: CoverageAcknowledgement = {
      id: random.uuid(),
      createdAt: referral.createdAt,
      updatedAt: referral.createdAt,
      deletedAt: null,
      revision: 1,
      referralId: referral.id,
      gaps,
      reason,
      by: actorLabel(referral.createdAt),
    };
    audit.created('coverageAcknowledgements', acknowledgement, {
      action: 'acknowledge',
      changes: [{ field: 'coverageGaps', old: null, new: { gaps, reason } }],
    });
    return acknowledgement;
  });
}

/**
 * The data categories a referral involves, derived from what it records, so the check on
 * sharing needs no extra input from the coordinator. Every case shares identity data (the
 * pseudonym, initials, age band, area are still personal data); the rest follows the
 * concern and vulnerability fields.
 */
import type { DataCategory } from './agreement';
import { dataCategories } from './agreement';
import type { ConcernType, Referral, VulnerabilityFactor } from './referral';

/** Extremism concerns reveal (alleged) political or religious beliefs: special-category data. */
const ideologyConcerns: readonly ConcernType[] = ['right_wing', 'islamist', 'misogyny_incel', 'racism', 'mixed_unclear', 'other_ideology'];

/** Concerns that amount to (alleged) offences: criminal-offence data (Art. 10). */
const criminalConcerns: readonly ConcernType[] = ['violence', 'gangs', 'drugs', 'organised_crime'];

const vulnerabilityCategories: Partial<Record<VulnerabilityFactor, DataCategory>> = {
  mental_health: 'health',
  family: 'family',
};

export function referralDataCategories(referral: Pick<Referral, 'concernTypes' | 'vulnerabilities'>): DataCategory[] {
  const found = new Set<DataCategory>(['identity']);
  if (referral.concernTypes.some((concern) => ideologyConcerns.includes(concern))) found.add('ideology_beliefs');
  if (referral.concernTypes.some((concern) => criminalConcerns.includes(concern))) found.add('criminal_offence');
  for (const vulnerability of referral.vulnerabilities) {
    const category = vulnerabilityCategories[vulnerability];
    if (category) found.add(category);
  }
  return dataCategories.filter((category) => found.has(category));
}

/** Every partner a case involves: referring, lead and involved, each once, in that order. */
export function casePartnerIds(referral: Pick<Referral, 'referringPartnerId' | 'leadPartnerId' | 'involvedPartnerIds'>): string[] {
  return [...new Set([referral.referringPartnerId, referral.leadPartnerId, ...referral.involvedPartnerIds].filter(Boolean))];
}

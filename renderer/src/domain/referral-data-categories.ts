/**
 * The data categories a referral involves, derived from what it records, so the check on
 * sharing needs no extra input from the coordinator. Every case shares identity data (the
 * pseudonym, initials, age band, area are still personal data); the rest follows the
 * concern and vulnerability fields.
 */
import type { DataCategory } from './agreement';
import { dataCategories } from './agreement';
import type { ConcernType, Referral, VulnerabilityFactor } from './referral';

/**
 * What each concern reveals. Extremism concerns reveal (alleged) political or religious
 * beliefs: special-category data (Art. 9); concerns that amount to (alleged) offences are
 * criminal-offence data (Art. 10). A record of every code, so a new concern cannot be added
 * without deciding which it is.
 */
const concernCategory: Record<ConcernType, 'ideology_beliefs' | 'criminal_offence'> = {
  right_wing: 'ideology_beliefs',
  left_wing: 'ideology_beliefs',
  islamist: 'ideology_beliefs',
  foreign_related: 'ideology_beliefs',
  reichsbuerger_delegitimisation: 'ideology_beliefs',
  antisemitism: 'ideology_beliefs',
  conspiracy_ideologies: 'ideology_beliefs',
  misogyny_incel: 'ideology_beliefs',
  racism: 'ideology_beliefs',
  mixed_unclear: 'ideology_beliefs',
  other_ideology: 'ideology_beliefs',
  violence: 'criminal_offence',
  gangs: 'criminal_offence',
  drugs: 'criminal_offence',
  organised_crime: 'criminal_offence',
};

const vulnerabilityCategories: Partial<Record<VulnerabilityFactor, DataCategory>> = {
  mental_health: 'health',
  family: 'family',
};

export function referralDataCategories(referral: Pick<Referral, 'concernTypes' | 'vulnerabilities'>): DataCategory[] {
  const found = new Set<DataCategory>(['identity']);
  for (const concern of referral.concernTypes) found.add(concernCategory[concern]);
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

/**
 * Which jurisdiction each legal basis belongs to, and the order they are offered in: the
 * jurisdiction of the interface language first (a German network works under DSGVO, BDSG and
 * SGB; an English-speaking one under UK GDPR and DPA 2018), the other after it, since projects
 * across both mix them. The stored list keeps the canonical order of `legalBases`.
 */
import { legalBases, type LegalBasis } from './agreement';

export type Jurisdiction = 'uk' | 'de';

/** A record of every basis, so a new one cannot be added without placing it. */
const jurisdictionOf: Record<LegalBasis, Jurisdiction> = {
  uk_gdpr_6_1_c: 'uk',
  uk_gdpr_6_1_e: 'uk',
  uk_gdpr_9_2_g: 'uk',
  dpa_2018_sch_1: 'uk',
  cda_1998_s115: 'uk',
  dsgvo_6_1_c: 'de',
  dsgvo_6_1_e: 'de',
  dsgvo_9_2_g: 'de',
  bdsg_22: 'de',
  sgb_x_69: 'de',
};

/** The jurisdiction a UI language's users most likely work under. */
export function homeJurisdiction(language: 'de' | 'en'): Jurisdiction {
  return language === 'de' ? 'de' : 'uk';
}

export interface LegalBasisGroup {
  jurisdiction: Jurisdiction;
  bases: LegalBasis[];
}

/** Both groups, `first` before the other, each in its canonical order. */
export function legalBasisGroups(first: Jurisdiction): LegalBasisGroup[] {
  const order: Jurisdiction[] = first === 'de' ? ['de', 'uk'] : ['uk', 'de'];
  return order.map((jurisdiction) => ({ jurisdiction, bases: legalBases.filter((basis) => jurisdictionOf[basis] === jurisdiction) }));
}

/** Chosen bases for display: `first` jurisdiction's before the other's. */
export function orderLegalBases(chosen: readonly LegalBasis[], first: Jurisdiction): LegalBasis[] {
  return legalBasisGroups(first).flatMap((group) => group.bases.filter((basis) => chosen.includes(basis)));
}

/**
 * Sectors of a prevention network (codes from the domain brief). `core` sectors are the
 * ones a working network has today; `growth` sectors are those networks aim to add.
 * Both are "recommended": the coverage view reports every one that lacks an active partner.
 */
export const coreSectors = [
  'local_government',
  'police',
  'police_prevention',
  'school',
  'higher_education',
  'social_services',
  'civil_society',
  'prevention_coordination',
  'national_government',
] as const;

export const growthSectors = [
  'religious',
  'youth',
  'womens_group',
  'community_group',
  'mental_health',
  'tech_platform',
  'business',
  'justice',
  'arts_culture',
] as const;

export const sectorCodes = [...coreSectors, ...growthSectors] as const;
export type SectorCode = (typeof sectorCodes)[number];
export type SectorGroup = 'core' | 'growth';

export function sectorGroup(sector: SectorCode): SectorGroup {
  return (coreSectors as readonly string[]).includes(sector) ? 'core' : 'growth';
}

export const partnerStatuses = ['active', 'prospective', 'former'] as const;
export type PartnerStatus = (typeof partnerStatuses)[number];

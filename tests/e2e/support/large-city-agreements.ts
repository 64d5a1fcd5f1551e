/**
 * A large city's partners and information-sharing agreements, generated deterministically
 * as stored records (revision 1, record metadata), for the matrix benchmark and the
 * end-to-end tests that need more partners than a grid can show. Pure: no browser, no app
 * code (the e2e project cannot import the renderer); a unit test checks the records against
 * the app's strict record schemas, so a drift in the schemas shows there first.
 *
 * The shape follows a real network: most partners are active, a tenth prospective, a few
 * former; a quarter of the partners take part in no agreement; agreements bind two to five
 * partners, most of one sector with one of a neighbouring kind; about two thirds are in force.
 */

export interface SeedPartner {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  revision: number;
  name: string;
  shortName: string;
  sector: string;
  status: 'active' | 'prospective' | 'former';
  role: string;
  joinedOn: string;
  notes: string;
}

export interface SeedAgreement {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  revision: number;
  title: string;
  parties: { partnerId: string; role: 'joint_controller' | 'separate_controller' | 'processor' }[];
  purpose: string;
  legalBases: string[];
  legalBasisOther: string;
  dataCategories: string[];
  sharingMethod: string;
  security: string;
  retentionPeriod: string;
  deletionArrangements: string;
  startDate: string;
  reviewDate: string;
  endDate: string;
  signatories: { name: string; organisation: string; role: string; signedOn: string }[];
  status: 'draft' | 'active' | 'under_review' | 'expired' | 'terminated';
  documentReference: string;
}

export interface LargeCityOptions {
  partners: number;
  agreements: number;
  /** Dates are spread around this day (ISO date); nothing is signed after it. */
  today: string;
  seed?: number;
}

/** The sector codes of domain/sectors.ts, with a German kind of agency each, for names. */
const sectorKinds: Record<string, string> = {
  local_government: 'Bezirksamt',
  police: 'Polizeirevier',
  police_prevention: 'Kriminalprävention',
  school: 'Schule',
  higher_education: 'Hochschule',
  social_services: 'Sozialdienst',
  civil_society: 'Verein Miteinander',
  prevention_coordination: 'Präventionsstelle',
  national_government: 'Landesamt',
  religious: 'Gemeinde',
  youth: 'Jugendzentrum',
  womens_group: 'Frauennetzwerk',
  community_group: 'Nachbarschaftsinitiative',
  mental_health: 'Beratungsstelle',
  tech_platform: 'Plattform',
  business: 'Unternehmen',
  justice: 'Bewährungshilfe',
  arts_culture: 'Kulturhaus',
};
/** How common each sector is in a big network: many schools and associations, few ministries. */
const sectorWeights: Record<string, number> = {
  local_government: 4,
  police: 3,
  police_prevention: 2,
  school: 12,
  higher_education: 2,
  social_services: 6,
  civil_society: 10,
  prevention_coordination: 2,
  national_government: 1,
  religious: 6,
  youth: 8,
  womens_group: 2,
  community_group: 6,
  mental_health: 3,
  tech_platform: 1,
  business: 2,
  justice: 2,
  arts_culture: 2,
};
const districts = [
  'Nordstadt',
  'Südstadt',
  'Weststadt',
  'Oststadt',
  'Altstadt',
  'Am Hafen',
  'Lindenau',
  'Bergfeld',
  'Kirchberg',
  'Auenwald',
  'Neustadt',
  'Rosental',
];
const categories = ['identity', 'contact', 'education', 'health', 'criminal_offence', 'ideology_beliefs', 'family', 'other'];
const roles = ['joint_controller', 'separate_controller', 'processor'] as const;

/** Days added to an ISO date, in UTC so no zone shifts it. */
function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A UUID-shaped id that is the same on every run, so tests can name records. */
function stableId(kind: number, index: number): string {
  return `00000000-0000-4000-8${kind}00-${String(index).padStart(12, '0')}`;
}

export function largeCityAgreements({ partners: partnerCount, agreements: agreementCount, today, seed = 11 }: LargeCityOptions): {
  partners: SeedPartner[];
  agreements: SeedAgreement[];
} {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const stamp = `${addDays(today, -400)}T09:00:00.000Z`;
  const meta = (id: string) => ({ id, createdAt: stamp, updatedAt: stamp, deletedAt: null, revision: 1 });

  const weighted = Object.entries(sectorWeights).flatMap(([sector, weight]) => Array<string>(weight).fill(sector));
  const taken = new Map<string, number>();
  const partners: SeedPartner[] = Array.from({ length: partnerCount }, (_, index) => {
    // Every sector appears once before weights decide, so small networks still span them.
    const sector = index < Object.keys(sectorKinds).length ? Object.keys(sectorKinds)[index]! : pick(weighted);
    const base = `${sectorKinds[sector]} ${pick(districts)}`;
    const seen = (taken.get(base) ?? 0) + 1;
    taken.set(base, seen);
    const roll = random();
    return {
      ...meta(stableId(1, index + 1)),
      name: seen === 1 ? base : `${base} ${seen}`,
      shortName: '',
      sector,
      status: roll < 0.86 ? 'active' : roll < 0.96 ? 'prospective' : 'former',
      role: '',
      joinedOn: addDays(today, -Math.floor(random() * 3650)),
      notes: '',
    };
  });

  // A quarter of the network shares nothing by agreement: the matrix's default leaves them out.
  const sharing = partners.filter((partner, index) => partner.status !== 'former' && index % 4 !== 3);
  const bySector = new Map<string, SeedPartner[]>();
  for (const partner of sharing) bySector.set(partner.sector, [...(bySector.get(partner.sector) ?? []), partner]);

  const agreements: SeedAgreement[] = Array.from({ length: agreementCount }, (_, index) => {
    const first = pick(sharing);
    const chosen = new Set([first]);
    const size = 2 + Math.floor(random() * random() * 4);
    while (chosen.size < Math.min(size, sharing.length)) {
      // Half the time a partner of the same sector (schools among themselves), else any.
      const sameSector = bySector.get(first.sector) ?? [];
      chosen.add(random() < 0.5 && sameSector.length > 1 ? pick(sameSector) : pick(sharing));
    }
    const startDate = addDays(today, -Math.floor(random() * 3000) + 60);
    const statusRoll = random();
    const status: SeedAgreement['status'] =
      startDate > today
        ? 'draft'
        : statusRoll < 0.6
          ? 'active'
          : statusRoll < 0.7
            ? 'under_review'
            : statusRoll < 0.8
              ? 'draft'
              : statusRoll < 0.9
                ? 'expired'
                : 'terminated';
    const dataCategories = categories.filter(() => random() < 0.35);
    if (dataCategories.length === 0) dataCategories.push('identity');
    const special = dataCategories.includes('health') || dataCategories.includes('ideology_beliefs');
    const signed = status !== 'draft';
    return {
      ...meta(stableId(2, index + 1)),
      title: `Vereinbarung ${index + 1}: ${[...chosen].map((partner) => partner.name.split(' ')[0]).join(' – ')}`,
      parties: [...chosen].map((partner) => ({ partnerId: partner.id, role: pick(roles) })),
      purpose: 'Gemeinsame Einschätzung und Begleitung von Fällen in der Fallkonferenz.',
      legalBases: special ? ['dsgvo_6_1_e', 'dsgvo_9_2_g'] : ['dsgvo_6_1_e'],
      legalBasisOther: '',
      dataCategories,
      sharingMethod: 'Verschlüsselte E-Mail',
      security: '',
      retentionPeriod: '2 Jahre',
      deletionArrangements: '',
      startDate,
      reviewDate: addDays(startDate, 365 + Math.floor(random() * 1400)),
      endDate: random() < 0.5 ? '' : addDays(startDate, 1095 + Math.floor(random() * 1500)),
      signatories: signed ? [{ name: 'Dr. Paula Beispiel', organisation: first.name, role: 'Leitung', signedOn: startDate }] : [],
      status,
      documentReference: '',
    };
  });
  return { partners, agreements };
}

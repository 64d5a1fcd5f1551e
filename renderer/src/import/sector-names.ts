/**
 * Sector and status as a file writes them, in German or English: the app's own codes and
 * labels (from the locale files, so an exported list reads back), and the words networks
 * commonly use ("Jugendamt", "Verein", "council"). Compared folded, punctuation ignored.
 */
import deCommon from '../../../locales/de/common.json';
import enCommon from '../../../locales/en/common.json';
import { partnerStatuses, sectorCodes, type PartnerStatus, type SectorCode } from '../domain/sectors';
import { headerKey } from './column-mapping';

const sectorWords: Record<SectorCode, readonly string[]> = {
  local_government: [
    'council',
    'local authority',
    'city council',
    'municipality',
    'kommune',
    'stadtverwaltung',
    'gemeindeverwaltung',
    'stadt',
    'landkreis',
    'kreisverwaltung',
    'ordnungsamt',
  ],
  police: ['polizei', 'police force', 'polizeidirektion', 'polizeipräsidium'],
  police_prevention: ['polizeiliche prävention', 'kriminalprävention', 'police prevention'],
  school: ['schule', 'schools', 'schulen', 'schulsozialarbeit', 'schulamt'],
  higher_education: ['university', 'college', 'hochschule', 'universität', 'fachhochschule'],
  social_services: ['soziale dienste', 'jugendamt', 'sozialamt', 'social care', 'jobcenter'],
  civil_society: ['zivilgesellschaft', 'verein', 'ngo', 'charity', 'voluntary sector', 'freier träger', 'beratungsstelle'],
  prevention_coordination: ['prevention', 'prävention', 'präventionsrat', 'kriminalpräventiver rat'],
  national_government: ['land', 'bund', 'government', 'landesregierung', 'bundesamt', 'ministerium', 'ministry'],
  religious: ['religion', 'faith', 'church', 'mosque', 'synagogue', 'kirche', 'moschee', 'moscheegemeinde', 'synagoge', 'glaubensgemeinschaft'],
  youth: ['youth', 'jugend', 'jugendarbeit', 'jugendverband', 'jugendzentrum', 'youth work'],
  womens_group: ['women', 'frauen', 'frauenverband', 'frauenverein'],
  community_group: ['community', 'stadtteil', 'nachbarschaft', 'quartier', 'migrantenorganisation'],
  mental_health: ['mental health', 'psychiatrie', 'psychologischer dienst', 'gesundheitsamt', 'health', 'gesundheit'],
  tech_platform: ['tech', 'technology', 'social media', 'plattform', 'internet'],
  business: ['wirtschaft', 'unternehmen', 'arbeitgeber', 'employer', 'ihk', 'handwerkskammer'],
  justice: ['justiz', 'gericht', 'court', 'staatsanwaltschaft', 'bewährungshilfe', 'probation', 'prison', 'justizvollzug'],
  arts_culture: ['kultur', 'culture', 'arts', 'kunst', 'museum', 'theater', 'theatre'],
};

const statusWords: Record<PartnerStatus, readonly string[]> = {
  active: ['aktiv', 'active', 'ja', 'yes', 'member', 'mitglied'],
  prospective: ['angefragt', 'prospective', 'interessiert', 'potenziell', 'potentiell', 'geplant', 'planned', 'invited'],
  former: ['ehemalig', 'former', 'inaktiv', 'inactive', 'ausgeschieden', 'left'],
};

function lookup<C extends string>(codes: readonly C[], words: Record<C, readonly string[]>, labels: Record<C, string>[]): Map<string, C> {
  const map = new Map<string, C>();
  const add = (text: string, code: C) => {
    const key = headerKey(text);
    if (key && !map.has(key)) map.set(key, code);
  };
  for (const code of codes) {
    add(code, code);
    for (const byLanguage of labels) add(byLanguage[code], code);
  }
  for (const code of codes) for (const word of words[code]) add(word, code);
  return map;
}

const sectors = lookup(sectorCodes, sectorWords, [deCommon.sectors, enCommon.sectors]);
const statuses = lookup(partnerStatuses, statusWords, [deCommon.partnerStatus, enCommon.partnerStatus]);

/** The sector a cell names, or null when it names none the app knows. */
export function sectorFromText(text: string): SectorCode | null {
  return sectors.get(headerKey(text)) ?? null;
}

/** The status a cell names, or null when it names none the app knows. */
export function statusFromText(text: string): PartnerStatus | null {
  return statuses.get(headerKey(text)) ?? null;
}

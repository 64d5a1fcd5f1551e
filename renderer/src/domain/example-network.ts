/**
 * A fictional example network ("Musterstadt", the German placeholder city) modelled on the
 * city profile: the core sectors active, some growth sectors prospective, one former
 * partner, and several recommended sectors still missing so the coverage view has
 * something to say. No real people or organisations; e-mail addresses use example.org.
 */
import type { Language } from '../../../electron/contract';
import type { PartnerInput } from './partner';
import type { PartnerStatus, SectorCode } from './sectors';

/** Names the example's partners, so its meetings, case and agreement can refer to them. */
export const examplePartnerKeys = [
  'council',
  'police',
  'policePrevention',
  'school',
  'university',
  'socialServices',
  'civilSociety',
  'coordination',
  'ministry',
  'interfaith',
  'youthCentre',
  'womensNetwork',
  'southForum',
] as const;
export type ExamplePartnerKey = (typeof examplePartnerKeys)[number];

interface ExamplePartner {
  key: ExamplePartnerKey;
  sector: SectorCode;
  status: PartnerStatus;
  joinedOn: string;
  name: Record<Language, string>;
  shortName: string;
  role: Record<Language, string>;
  contacts: { name: string; role: Record<Language, string>; email: string; phone: string }[];
}

const examples: ExamplePartner[] = [
  {
    key: 'council',
    sector: 'local_government',
    status: 'active',
    joinedOn: '2019-03-01',
    name: { de: 'Stadt Musterstadt – Amt für Sicherheit und Prävention', en: 'Musterstadt City Council – Community Safety' },
    shortName: 'Stadt',
    role: { de: 'Koordinierende Stelle, lädt zum Runden Tisch ein', en: 'Coordinating body, convenes the network' },
    contacts: [
      {
        name: 'Erika Beispiel',
        role: { de: 'Leitung Präventionsstelle', en: 'Head of prevention' },
        email: 'e.beispiel@stadt.example.org',
        phone: '+49 555 0100-11',
      },
      { name: 'Jonas Muster', role: { de: 'Sachbearbeitung', en: 'Case officer' }, email: 'j.muster@stadt.example.org', phone: '+49 555 0100-12' },
    ],
  },
  {
    key: 'police',
    sector: 'police',
    status: 'active',
    joinedOn: '2019-03-01',
    name: { de: 'Polizeipräsidium Musterstadt', en: 'Musterstadt Police' },
    shortName: 'PP MS',
    role: { de: 'Partnerin im Informationsaustausch', en: 'Information-sharing partner' },
    contacts: [
      { name: 'Kim Probe', role: { de: 'Verbindungsbeamtin', en: 'Liaison officer' }, email: 'kim.probe@polizei.example.org', phone: '+49 555 0200-20' },
    ],
  },
  {
    key: 'policePrevention',
    sector: 'police_prevention',
    status: 'active',
    joinedOn: '2020-01-15',
    name: { de: 'Fachkommissariat Extremismusprävention', en: 'Police Extremism Prevention Team' },
    shortName: 'FK Prävention',
    role: { de: 'Spezialisiertes Präventionsteam', en: 'Specialist prevention team' },
    contacts: [{ name: 'Deniz Vorlage', role: { de: 'Teamleitung', en: 'Team lead' }, email: 'd.vorlage@polizei.example.org', phone: '+49 555 0200-31' }],
  },
  {
    key: 'school',
    sector: 'school',
    status: 'active',
    joinedOn: '2019-09-01',
    name: { de: 'Gesamtschule Am Lindenpark', en: 'Lindenpark Comprehensive School' },
    shortName: 'GS Lindenpark',
    role: { de: 'Erkennt Gefährdungen früh, meldet Fälle', en: 'Early identification, refers cases' },
    contacts: [
      { name: 'Sam Entwurf', role: { de: 'Schulsozialarbeit', en: 'School social worker' }, email: 'sam.entwurf@schule.example.org', phone: '+49 555 0300-40' },
    ],
  },
  {
    key: 'university',
    sector: 'higher_education',
    status: 'active',
    joinedOn: '2021-04-01',
    name: { de: 'Hochschule Musterstadt', en: 'Musterstadt University of Applied Sciences' },
    shortName: 'HS MS',
    role: { de: 'Campus-Prävention, Forschung zum Lagebild', en: 'Campus prevention, research for the risk picture' },
    contacts: [
      {
        name: 'Alex Skizze',
        role: { de: 'Referent*in Campus-Sicherheit', en: 'Campus safety officer' },
        email: 'a.skizze@hochschule.example.org',
        phone: '+49 555 0400-50',
      },
    ],
  },
  {
    key: 'socialServices',
    sector: 'social_services',
    status: 'active',
    joinedOn: '2019-03-01',
    name: { de: 'Soziale Dienste Musterstadt (inkl. Unterstützung für Asylsuchende)', en: 'Musterstadt Social Services (incl. asylum-seeker support)' },
    shortName: 'Soziale Dienste',
    role: { de: 'Unterstützung schutzbedürftiger Personen', en: 'Support for vulnerable people' },
    contacts: [
      { name: 'Robin Platzhalter', role: { de: 'Fallmanagement', en: 'Case manager' }, email: 'r.platzhalter@soziales.example.org', phone: '+49 555 0500-60' },
    ],
  },
  {
    key: 'civilSociety',
    sector: 'civil_society',
    status: 'active',
    joinedOn: '2020-06-01',
    name: { de: 'Vielfalt leben e. V.', en: 'Living Diversity (registered association)' },
    shortName: 'Vielfalt',
    role: { de: 'Community-Arbeit, Vertrauensaufbau', en: 'Community outreach, building trust' },
    contacts: [{ name: 'Mika Beleg', role: { de: 'Projektleitung', en: 'Project lead' }, email: 'mika@vielfalt.example.org', phone: '+49 555 0600-70' }],
  },
  {
    key: 'coordination',
    sector: 'prevention_coordination',
    status: 'active',
    joinedOn: '2019-03-01',
    name: { de: 'Präventionskoordination Musterstadt', en: 'Musterstadt Prevention Coordination' },
    shortName: 'PK',
    role: { de: 'Steuert und überwacht die Präventionsarbeit', en: 'Steers and monitors the prevention work' },
    contacts: [
      {
        name: 'Toni Exempel',
        role: { de: 'Präventionskoordinator*in', en: 'Prevention coordinator' },
        email: 't.exempel@praevention.example.org',
        phone: '+49 555 0700-80',
      },
    ],
  },
  {
    key: 'ministry',
    sector: 'national_government',
    status: 'active',
    joinedOn: '2019-03-01',
    name: { de: 'Innenministerium – Landesprogramm Prävention', en: 'Ministry of the Interior – National Prevention Programme' },
    shortName: 'IM',
    role: { de: 'Förderung und Anbindung an das Landesprogramm', en: 'Funding and link to the national programme' },
    contacts: [],
  },
  {
    key: 'interfaith',
    sector: 'religious',
    status: 'prospective',
    joinedOn: '',
    name: { de: 'Rat der Religionsgemeinschaften Musterstadt', en: 'Musterstadt Interfaith Council' },
    shortName: 'Religionsrat',
    role: { de: 'Gespräche über eine Mitwirkung laufen', en: 'Talks about joining under way' },
    contacts: [{ name: 'Noor Muster', role: { de: 'Sprecher*in', en: 'Spokesperson' }, email: 'kontakt@religionsrat.example.org', phone: '' }],
  },
  {
    key: 'youthCentre',
    sector: 'youth',
    status: 'prospective',
    joinedOn: '',
    name: { de: 'Jugendzentrum Nordstadt', en: 'Nordstadt Youth Centre' },
    shortName: 'JuZ Nord',
    role: { de: 'Offene Jugendarbeit im Stadtteil', en: 'Open youth work in the district' },
    contacts: [],
  },
  {
    key: 'womensNetwork',
    sector: 'womens_group',
    status: 'prospective',
    joinedOn: '',
    name: { de: 'Frauennetzwerk Musterstadt', en: 'Musterstadt Women’s Network' },
    shortName: 'Frauennetzwerk',
    role: { de: 'Interesse an Arbeit zu Frauenfeindlichkeit', en: 'Interested in work on misogyny' },
    contacts: [],
  },
  {
    key: 'southForum',
    sector: 'community_group',
    status: 'former',
    joinedOn: '2020-02-01',
    name: { de: 'Stadtteilforum Süd', en: 'South District Forum' },
    shortName: 'Forum Süd',
    role: { de: 'Bis 2024 beteiligt, Förderung ausgelaufen', en: 'Took part until 2024, funding ended' },
    contacts: [],
  },
];

export function exampleNetwork(language: Language): PartnerInput[] {
  return exampleNetworkEntries(language).map((entry) => entry.input);
}

/** The example's partners with their keys, in the order they are stored. */
export function exampleNetworkEntries(language: Language): { key: ExamplePartnerKey; input: PartnerInput }[] {
  return examples.map((example) => ({ key: example.key, input: examplePartnerInput(example, language) }));
}

function examplePartnerInput(example: ExamplePartner, language: Language): PartnerInput {
  return {
    name: example.name[language],
    shortName: example.shortName,
    sector: example.sector,
    status: example.status,
    role: example.role[language],
    joinedOn: example.joinedOn,
    notes: '',
    contacts: example.contacts.map((contact) => ({
      name: contact.name,
      role: contact.role[language],
      email: contact.email,
      phone: contact.phone,
      notes: '',
    })),
  };
}

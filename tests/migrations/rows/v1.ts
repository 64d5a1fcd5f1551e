import { changed, created, ids } from './ids';

/** Version 1: the partner network and the settings. */
export const partners = [
  {
    id: ids.cityCouncil,
    name: 'Stadt Musterstadt – Amt für Sicherheit und Prävention',
    shortName: 'Stadt',
    sector: 'local_government',
    status: 'active',
    role: 'Koordinierende Stelle, lädt zum Runden Tisch ein',
    joinedOn: '2019-03-01',
    notes: 'Sitzungen im Rathaus, Raum 2.14 – Zugang über Seiteneingang. <b>kein HTML</b> & ß',
    createdAt: created,
    updatedAt: changed,
    deletedAt: null,
  },
  {
    id: ids.police,
    name: 'Polizeipräsidium Musterstadt',
    shortName: 'PP MS',
    sector: 'police',
    status: 'active',
    role: 'Partnerin im Informationsaustausch',
    joinedOn: '',
    notes: '',
    createdAt: created,
    updatedAt: created,
    deletedAt: null,
  },
  {
    id: ids.formerPartner,
    name: 'Verein Brückenbau e. V.',
    shortName: '',
    sector: 'civil_society',
    status: 'former',
    role: '',
    joinedOn: '2020-06-15',
    notes: 'Förderung ausgelaufen.',
    createdAt: created,
    updatedAt: changed,
    deletedAt: changed,
  },
];

export const contacts = [
  {
    id: ids.erika,
    partnerId: ids.cityCouncil,
    position: 0,
    name: 'Erika Beispiel',
    role: 'Leitung Präventionsstelle',
    email: 'e.beispiel@stadt.example.org',
    phone: '+49 555 0100-11',
    notes: 'Vertretung: Jonas Muster',
    createdAt: created,
    updatedAt: created,
    deletedAt: null,
  },
  {
    id: ids.kim,
    partnerId: ids.police,
    position: 0,
    name: 'Kim Probe',
    role: 'Verbindungsbeamtin',
    email: 'kim.probe@polizei.example.org',
    phone: '',
    notes: '',
    createdAt: created,
    updatedAt: created,
    deletedAt: null,
  },
];

/** Keys sort as strings: language < networkName < onboarding. */
export const settings = [
  { key: 'language', value: 'de' },
  { key: 'networkName', value: 'Runder Tisch Prävention Musterstadt' },
  { key: 'onboarding', value: 'empty' },
];

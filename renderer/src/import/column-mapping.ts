/**
 * Which column of the file fills which field of a partner or its contact. The first guess
 * comes from the header's words, German or English (case, accents, spaces and punctuation
 * ignored); the coordinator can change every choice before the preview.
 */
import { foldText } from '../domain/text';

/** The fields a row can fill: the partner's, then one contact's (as the schemas have them). */
export const importFields = [
  'name',
  'shortName',
  'sector',
  'status',
  'role',
  'joinedOn',
  'notes',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
  'contactNotes',
] as const;
export type ImportField = (typeof importFields)[number];

export const contactFields = ['contactName', 'contactRole', 'contactEmail', 'contactPhone', 'contactNotes'] as const satisfies readonly ImportField[];

/** Field → the column (0-based) it is read from, or null when no column fills it. */
export type ColumnMapping = Record<ImportField, number | null>;

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(importFields.map((field) => [field, null])) as ColumnMapping;
}

/**
 * Header words per field, German and English, including the headers of Roundtable's own
 * exports (export/list-tables.ts), so an exported file imports with no change to the mapping.
 * "Name" alone means the partner; "Rolle"/"Role" alone means the contact's role when the file
 * also names a contact, else the partner's role in the network.
 */
const headerWords: Record<ImportField, readonly string[]> = {
  name: [
    'name',
    'partner',
    'partner name',
    'organisation',
    'organization',
    'organisation name',
    'organization name',
    'agency',
    'institution',
    'partnerorganisation',
    'partnerorganisationen',
    'name der organisation',
    'organisationsname',
    'einrichtung',
    'traeger',
    'träger',
    'behoerde',
    'behörde',
    'stelle',
    'institution name',
  ],
  shortName: ['short name', 'shortname', 'abbreviation', 'acronym', 'kurzname', 'kurzbezeichnung', 'kürzel', 'abkürzung'],
  sector: ['sector', 'sektor', 'bereich', 'branche', 'type', 'typ', 'art', 'category', 'kategorie', 'handlungsfeld', 'arbeitsfeld'],
  status: ['status', 'partner status', 'partnerstatus'],
  role: ['role in the network', 'network role', 'rolle im netzwerk', 'netzwerkrolle', 'aufgabe im netzwerk', 'role', 'rolle'],
  joinedOn: ['date joined', 'joined', 'joined on', 'member since', 'beitrittsdatum', 'beigetreten', 'beitritt', 'mitglied seit', 'dabei seit'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'notizen', 'notiz', 'bemerkungen', 'bemerkung', 'anmerkungen', 'kommentar', 'hinweise'],
  contactName: [
    'contact',
    'contact name',
    'contact person',
    'name of contact',
    'ansprechperson',
    'ansprechpartner',
    'ansprechpartnerin',
    'ansprechpartner*in',
    'ansprechpartner/in',
    'kontakt',
    'kontaktperson',
    'name ansprechperson',
    'name kontakt',
  ],
  contactRole: [
    'contact role',
    'job title',
    'position',
    'funktion',
    'funktion ansprechperson',
    'rolle ansprechperson',
    'role of contact',
    'stelle ansprechperson',
  ],
  contactEmail: [
    'email',
    'e-mail',
    'e mail',
    'mail',
    'email address',
    'e-mail address',
    'e-mail-adresse',
    'emailadresse',
    'contact e-mail',
    'e-mail ansprechperson',
  ],
  contactPhone: [
    'phone',
    'telephone',
    'phone number',
    'tel',
    'tel.',
    'telefon',
    'telefonnummer',
    'mobile',
    'mobil',
    'handy',
    'contact phone',
    'telefon ansprechperson',
  ],
  contactNotes: ['contact notes', 'notes on contact', 'notizen ansprechperson', 'notizen zur ansprechperson', 'bemerkungen ansprechperson'],
};

/** A header as compared: folded, with everything but letters and digits dropped. */
export function headerKey(title: string): string {
  return foldText(title).replace(/[^\p{L}\p{N}]+/gu, '');
}

const fieldByKey = new Map<string, ImportField>();
for (const field of importFields) {
  for (const word of headerWords[field]) {
    const key = headerKey(word);
    if (!fieldByKey.has(key)) fieldByKey.set(key, field);
  }
}

const bareRole = new Set([headerKey('role'), headerKey('rolle')]);

/** The first guess: each field from the first column whose header names it; unknown headers stay unmapped. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  const keys = header.map(headerKey);
  keys.forEach((key, column) => {
    const field = fieldByKey.get(key);
    if (field && mapping[field] === null) mapping[field] = column;
  });
  // A bare "Role" beside a contact's name is the contact's role.
  const role = mapping.role;
  if (role !== null && bareRole.has(keys[role]!) && mapping.contactName !== null && mapping.contactRole === null) {
    mapping.contactRole = role;
    mapping.role = null;
  }
  return mapping;
}

/** Sets `field` to `column`; a column fills one field only, so another field using it lets go. */
export function assignColumn(mapping: ColumnMapping, field: ImportField, column: number | null): ColumnMapping {
  const next = { ...mapping };
  if (column !== null) for (const other of importFields) if (next[other] === column) next[other] = null;
  next[field] = column;
  return next;
}

/**
 * The preview of an import: every row of the file turned into a partner (with at most one
 * contact) through the same zod schema as the partner form, and every problem of the row
 * named, so the coordinator sees exactly which rows will be imported and why the others will
 * not. A row with any problem is not imported; nothing is cut or guessed silently.
 */
import { partnerInputSchema, type PartnerInput } from '../domain/partner';
import type { PartnerStatus, SectorCode } from '../domain/sectors';
import { foldText } from '../domain/text';
import { isRealIsoDate, parseMessage } from '../domain/validation';
import { contactFields, type ColumnMapping, type ImportField } from './column-mapping';
import type { ImportTable } from './read-table';
import { sectorFromText, statusFromText } from './sector-names';

export type RowProblemCode =
  | 'nameMissing'
  | 'contactNameMissing'
  | 'emailInvalid'
  | 'phoneInvalid'
  | 'dateInvalid'
  | 'tooLong'
  | 'sectorMissing'
  | 'sectorUnknown'
  | 'statusUnknown'
  | 'duplicateExisting'
  | 'duplicateInFile'
  | 'invalid';

export interface RowProblem {
  code: RowProblemCode;
  /** The field the problem is in, when it is one field's. */
  field: ImportField | null;
  /** What the message names: the text read, a limit, the earlier row, the existing partner. */
  values?: Record<string, string | number>;
}

export interface PreviewRow {
  line: number;
  /** What would be saved (as the form would send it). */
  input: PartnerInput;
  problems: RowProblem[];
}

export interface ImportOptions {
  /** The sector of rows that leave it empty; null refuses such rows. */
  defaultSector: SectorCode | null;
  /** The status of rows that leave it empty. */
  defaultStatus: PartnerStatus;
}

export interface ImportPreview {
  rows: PreviewRow[];
  /** The rows without problems: what the import saves. */
  accepted: PreviewRow[];
  refused: PreviewRow[];
}

/** A partner already stored (archived ones too: importing one again would be a duplicate as well). */
export interface KnownPartner {
  name: string;
  shortName: string;
  deletedAt: string | null;
}

const monthPrefixes = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const germanMonthPrefixes: Record<string, number> = { mär: 3, mrz: 3, mai: 5, okt: 10, dez: 12 };

function isoFrom(year: string, month: number, day: string): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealIsoDate(iso) ? iso : null;
}

/**
 * A date cell as YYYY-MM-DD: "31.12.2025" (German), "31/12/2025" (British), "31 Dec 2025" or
 * "31. Dez. 2025" (the app's own exports), or YYYY-MM-DD (also how an Excel date cell arrives,
 * see read-table.ts). Anything else is returned as it is, for the schema to refuse: an
 * American 12/31/2025 is refused rather than read as the wrong day.
 */
export function dateFromText(text: string): string {
  const trimmed = text.trim();
  const numeric = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(trimmed);
  if (numeric) return isoFrom(numeric[3]!, Number(numeric[2]), numeric[1]!) ?? trimmed;
  const named = /^(\d{1,2})\.? ?([\p{L}]{3,})\.? (\d{4})$/u.exec(trimmed);
  if (named) {
    const prefix = named[2]!.toLowerCase().slice(0, 3);
    const month = germanMonthPrefixes[prefix] ?? monthPrefixes.indexOf(prefix) + 1;
    if (month > 0) return isoFrom(named[3]!, month, named[1]!) ?? trimmed;
  }
  return trimmed;
}

function schemaField(path: readonly PropertyKey[]): ImportField | null {
  const [first, , contactKey] = path;
  if (first === 'contacts') {
    const field = `contact${String(contactKey).charAt(0).toUpperCase()}${String(contactKey).slice(1)}`;
    return (contactFields as readonly string[]).includes(field) ? (field as ImportField) : null;
  }
  return typeof first === 'string' ? (first as ImportField) : null;
}

/** One schema issue as a row problem, from the validation message it carries. */
function problemFromIssue(path: readonly PropertyKey[], message: string): RowProblem {
  const field = schemaField(path);
  const ref = parseMessage(message);
  const key = ref && 'key' in ref ? ref.key : null;
  if (key === 'required') return { code: field === 'contactName' ? 'contactNameMissing' : 'nameMissing', field };
  if (key === 'email') return { code: 'emailInvalid', field };
  if (key === 'phone') return { code: 'phoneInvalid', field };
  if (key === 'date' || key === 'dateRange') return { code: 'dateInvalid', field };
  if (key === 'tooLong' && ref && 'key' in ref) return { code: 'tooLong', field, values: { max: Number(ref.values?.max ?? 0) } };
  return { code: 'invalid', field };
}

/** The key a partner's name is compared by: case, accents, ß and spacing do not matter. */
const nameKey = (name: string) => foldText(name);

export function buildPreview(table: ImportTable, mapping: ColumnMapping, options: ImportOptions, known: readonly KnownPartner[]): ImportPreview {
  const existing = new Map<string, KnownPartner>();
  for (const partner of known) {
    for (const name of [partner.name, partner.shortName]) if (nameKey(name) && !existing.has(nameKey(name))) existing.set(nameKey(name), partner);
  }
  const firstLineOf = new Map<string, number>();

  const rows = table.rows.map((row): PreviewRow => {
    const cell = (field: ImportField) => {
      const column = mapping[field];
      return column === null ? '' : (row.cells[column] ?? '').trim();
    };
    const problems: RowProblem[] = [];

    const sectorText = cell('sector');
    const sector = sectorText ? sectorFromText(sectorText) : options.defaultSector;
    if (!sectorText && !sector) problems.push({ code: 'sectorMissing', field: 'sector' });
    if (sectorText && !sector) problems.push({ code: 'sectorUnknown', field: 'sector', values: { value: sectorText } });
    const statusText = cell('status');
    const status = statusText ? statusFromText(statusText) : options.defaultStatus;
    if (statusText && !status) problems.push({ code: 'statusUnknown', field: 'status', values: { value: statusText } });

    const hasContact = contactFields.some((field) => cell(field) !== '');
    const input: PartnerInput = {
      name: cell('name'),
      shortName: cell('shortName'),
      // The form's defaults stand in for a refused sector or status: the row is refused anyway.
      sector: sector ?? 'civil_society',
      status: status ?? 'active',
      role: cell('role'),
      joinedOn: dateFromText(cell('joinedOn')),
      notes: cell('notes'),
      contacts: hasContact
        ? [{ name: cell('contactName'), role: cell('contactRole'), email: cell('contactEmail'), phone: cell('contactPhone'), notes: cell('contactNotes') }]
        : [],
    };
    const checked = partnerInputSchema.safeParse(input);
    if (!checked.success) for (const issue of checked.error.issues) problems.push(problemFromIssue(issue.path, issue.message));

    const key = nameKey(input.name);
    if (key) {
      const match = existing.get(key);
      if (match) problems.push({ code: 'duplicateExisting', field: 'name', values: { name: match.name, archived: match.deletedAt === null ? 0 : 1 } });
      const earlier = firstLineOf.get(key);
      if (earlier !== undefined) problems.push({ code: 'duplicateInFile', field: 'name', values: { line: earlier } });
      else firstLineOf.set(key, row.line);
    }
    return { line: row.line, input, problems };
  });

  return { rows, accepted: rows.filter((row) => row.problems.length === 0), refused: rows.filter((row) => row.problems.length > 0) };
}

/**
 * The subject-access export's machine-readable form, version 1. This file is its
 * documentation: every field below is written to the JSON file as named, nothing else is.
 *
 * - `format` is always "roundtable-subject-access", `version` 1; a later version changes the
 *   number when a field changes meaning or goes away (adding a field keeps it).
 * - Dates are ISO 8601: days as "2026-03-05", moments as "2026-03-05T14:30:00.000Z" (UTC).
 * - Every coded value is given as `{ code, label }`: the stored code and its word in the
 *   export's `language`. Partners are `{ id, name }`.
 * - Texts are given as recorded (minutes paragraphs as Markdown).
 * - The parts are the same as the PDF's: the cover (`included`, `leftOut`, `notIncluded`),
 *   `case`, `timeline`, `disclosures`, `acknowledgements`, `caseDiscussions`, `auditHistory`.
 */
import type { Language } from '../../i18n/language';

export const subjectAccessFormat = 'roundtable-subject-access';
export const subjectAccessVersion = 1;

export interface Coded {
  code: string;
  label: string;
}

export interface PartnerRef {
  id: string;
  name: string;
}

export const subjectAccessParts = ['caseFields', 'timeline', 'disclosures', 'acknowledgements', 'caseDiscussions', 'paragraphs', 'auditHistory'] as const;
export type SubjectAccessPart = (typeof subjectAccessParts)[number];

/** One field of the case: `value` as stored (codes, ISO dates, ids), `text` as the export's language writes it. */
export interface CaseField {
  field: string;
  label: string;
  value: unknown;
  text: string;
}

export interface TimelineEntry {
  id: string;
  kind: Coded;
  /** The day it happened (or, for a review or support action, is due). */
  on: string;
  /** Who decided or recorded it, as recorded: "Name (Organisation)". */
  by: string;
  text: string;
  fromStatus: Coded | null;
  toStatus: Coded | null;
  outcome: Coded | null;
  /** For panel entries: the meeting, its title as recorded (other cases' codes replaced). */
  meeting: { id: string; title: string; startsAt: string; endsAt: string; timeZone: string } | null;
  ownerPartner: PartnerRef | null;
  dueDate: string | null;
  doneOn: string | null;
  reviewMonths: number | null;
  recordedAt: string;
  /** When the entry was removed from the timeline (it is still held), or null. */
  removedAt: string | null;
}

export interface DisclosureEntry {
  id: string;
  sharedOn: string;
  from: PartnerRef;
  to: PartnerRef;
  dataCategories: Coded[];
  description: string;
  purpose: string;
  consent: Coded;
  /** The agreement it was shared under, with its legal bases; null when shared without one. */
  agreement: { id: string; title: string; legalBases: Coded[]; legalBasisOther: string } | null;
  noAgreementReason: string;
  recordedBy: string;
  recordedAt: string;
  removedAt: string | null;
}

export interface AcknowledgementEntry {
  id: string;
  at: string;
  by: string;
  reason: string;
  gaps: { partners: PartnerRef[]; missing: Coded[] }[];
  removedAt: string | null;
}

export interface CaseDiscussion {
  meeting: { id: string; title: string; type: Coded; startsAt: string; endsAt: string; timeZone: string };
  item: { id: string; title: string; presenter: string; caseDiscussion: boolean; removedAt: string | null };
  reason: Coded;
  /** True when the whole item is about this case; otherwise only the paragraphs naming it are given. */
  wholeItem: boolean;
  paragraphs: string[];
  decisions: string[];
  leftOut: { namesOtherCase: number; notAboutCase: number };
}

export interface AuditChangeEntry {
  field: string;
  label: string;
  /** As stored in the audit trail (a field empty before and after is left out: nothing changed). */
  old: unknown;
  new: unknown;
  oldText: string;
  newText: string;
}

export interface AuditHistoryEntry {
  seq: number;
  at: string;
  actor: { name: string; organisation: string };
  action: Coded;
  entity: Coded;
  entityId: string;
  changes: AuditChangeEntry[];
}

export interface SubjectAccessExport {
  format: typeof subjectAccessFormat;
  version: typeof subjectAccessVersion;
  caseCode: string;
  language: Language;
  exportedAt: string;
  exportedBy: { name: string; organisation: string };
  marking: string;
  /** What is included, with counts (the cover's list). */
  included: (Coded & { count: number })[];
  /** What was left out, and why: counted reasons carry `count`. */
  leftOut: (Coded & { count: number | null })[];
  /** What this export does not cover. */
  notIncluded: Coded[];
  case: CaseField[];
  timeline: TimelineEntry[];
  disclosures: DisclosureEntry[];
  acknowledgements: AcknowledgementEntry[];
  caseDiscussions: CaseDiscussion[];
  auditHistory: AuditHistoryEntry[];
}

/**
 * A case's fields and audited values in words, in the export's language: labels from the
 * referrals' vocabulary, partner and contact names for ids, words for codes, dates as the
 * language writes them. The same rules as the case page's audit history (audit-text.ts),
 * written for the export's language rather than the UI's.
 */
import { isEmptyAuditValue } from '../../domain/audit';
import type { Contact, Partner } from '../../domain/partner';
import { isRealIsoDate } from '../../domain/validation';
import type { ExportLabels } from '../labels';
import type { Vocabulary } from './vocabulary';

/** Where each field's label is in the referrals' vocabulary. */
const labelPaths: Record<string, string[]> = {
  initials: ['fields', 'initials'],
  ageBand: ['fields', 'ageBand'],
  gender: ['fields', 'gender'],
  area: ['fields', 'area'],
  referringPartnerId: ['fields', 'referringPartner'],
  referringContactId: ['fields', 'referringContact'],
  receivedOn: ['fields', 'receivedOn'],
  leadPartnerId: ['fields', 'leadPartner'],
  involvedPartnerIds: ['fields', 'involved'],
  concernTypes: ['fields', 'concernTypes'],
  vulnerabilities: ['fields', 'vulnerabilities'],
  summary: ['fields', 'summary'],
  consent: ['fields', 'consentState'],
  consentFrom: ['fields', 'consentFrom'],
  consentOn: ['fields', 'consentOn'],
  consentJustification: ['fields', 'consentJustification'],
  riskLevel: ['fields', 'riskLevel'],
  riskAssessedOn: ['fields', 'riskAssessedOn'],
  status: ['list', 'status'],
  outcome: ['detail', 'outcome'],
  closedOn: ['fields', 'closedOn'],
  decision: ['audit', 'decision'],
};

/** Which vocabulary a coded field's values come from. */
export const codedFields: Record<string, string> = {
  ageBand: 'ageBands',
  gender: 'genders',
  concernTypes: 'concerns',
  vulnerabilities: 'vulnerabilities',
  consent: 'consent',
  riskLevel: 'risk',
  status: 'statuses',
  outcome: 'outcomes',
};

export interface WordContext {
  l: ExportLabels;
  v: Vocabulary;
  partners: ReadonlyMap<string, Partner>;
  contacts: ReadonlyMap<string, Contact>;
  /** Where moments (recorded, archived) are shown: this computer's zone, named beside each. */
  timeZone: string;
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function fieldLabel(field: string, { l, v }: WordContext): string {
  const caseOwn = {
    caseCode: 'caseCode',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt',
    deletedAt: 'archivedAt',
    nextReviewOn: 'nextReviewOn',
    retentionFrom: 'retentionFrom',
    corrections: 'corrections',
  } as const;
  if (field in caseOwn) return l.t(`subjectAccess.caseFields.${caseOwn[field as keyof typeof caseOwn]}`);
  const path = labelPaths[field];
  if (path) return v.word('referrals', path, field);
  // A timeline entry's kind ("note"), or a sub-field of one ("review.doneOn").
  const [kind = field, sub] = field.split('.');
  const kindLabel = v.word('referrals', ['audit', 'fields', kind], field);
  return sub ? `${kindLabel}, ${v.word('referrals', ['audit', 'fields', 'doneOn'], sub)}` : kindLabel;
}

/** A code's word from the referrals' vocabulary (e.g. codeWord('risk', 'high')). */
export function codeWord(group: string, code: string, { v }: Pick<WordContext, 'v'>): string {
  return v.word('referrals', ['vocab', group, code], code);
}

export function partnerName(id: string, { partners }: Pick<WordContext, 'partners'>): string {
  return partners.get(id)?.name ?? id;
}

/** One stored value (a field of the case, or an old or new value in the audit trail) in words. */
export function valueText(field: string, value: unknown, context: WordContext): string {
  const { l, contacts, timeZone } = context;
  if (isEmptyAuditValue(value)) return '—';
  const one = (item: unknown): string => {
    const text = String(item);
    if (field.endsWith('PartnerId') || field === 'involvedPartnerIds') return partnerName(text, context);
    if (field.endsWith('ContactId')) return contacts.get(text)?.name ?? text;
    if (codedFields[field]) return codeWord(codedFields[field], text, context);
    if (isRealIsoDate(text)) return l.date(text);
    if (isoInstant.test(text)) return l.dateTime(text, timeZone);
    return text;
  };
  // Corrections: each "day: fields — reason", the fields in words.
  if (field === 'corrections' && Array.isArray(value)) {
    return (value as { on: string; reason: string; fields: string[] }[])
      .map((correction) => `${l.date(correction.on)}: ${correction.fields.map((name) => fieldLabel(name, context)).join(', ')} — ${correction.reason}`)
      .join('; ');
  }
  if (Array.isArray(value)) return value.map(one).join(', ');
  if (typeof value === 'object') {
    // A coverage gap gone ahead with: the pairs and the reason.
    const acknowledged = value as { gaps?: { partnerIds: [string, string] }[]; reason?: string };
    if (acknowledged.gaps) {
      const pairs = acknowledged.gaps.map((gap) => gap.partnerIds.map((id) => partnerName(id, context)).join(' ↔ ')).join('; ');
      return [pairs, acknowledged.reason].filter(Boolean).join(' · ');
    }
    // A timeline entry or disclosure: its date, who to whom, text and due date.
    const entry = value as { on?: string; text?: string; dueDate?: string; fromPartnerId?: string; toPartnerId?: string; purpose?: string };
    const route = entry.fromPartnerId && entry.toPartnerId ? `${partnerName(entry.fromPartnerId, context)} → ${partnerName(entry.toPartnerId, context)}` : '';
    return [entry.on && l.date(entry.on), route, entry.text, entry.purpose, entry.dueDate && l.date(entry.dueDate)].filter(Boolean).join(' · ');
  }
  return one(value);
}

/**
 * An agreement's audit changes in words: translated field names, vocabulary instead of codes,
 * dates as the language writes them. Lists of parties and signatories only say that they
 * changed; the entry itself keeps every value.
 */
import type { TFunction } from 'i18next';
import { agreementStatuses, dataCategories, legalBases } from '../../domain/agreement';
import { isEmptyAuditValue, type AuditChange } from '../../domain/audit';
import { isRealIsoDate } from '../../domain/validation';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../i18n/language';

type T = TFunction<'agreements'>;

const labelKeys = {
  title: 'fields.title',
  parties: 'sections.parties',
  purpose: 'fields.purpose',
  legalBases: 'fields.legalBases',
  legalBasisOther: 'fields.legalBasisOther',
  dataCategories: 'fields.dataCategories',
  sharingMethod: 'fields.sharingMethod',
  security: 'fields.security',
  retentionPeriod: 'fields.retentionPeriod',
  retentionMonths: 'fields.retentionMonths',
  deletionArrangements: 'fields.deletionArrangements',
  startDate: 'fields.startDate',
  reviewDate: 'fields.reviewDate',
  endDate: 'fields.endDate',
  signatories: 'sections.signatories',
  status: 'fields.status',
  documentReference: 'fields.documentReference',
} as const;

/** Lists whose values are not worth spelling out in a history line. */
const summarised = new Set(['parties', 'signatories']);
const longest = 160;

function oneOf<V extends string>(value: unknown, allowed: readonly V[]): V | undefined {
  return allowed.find((candidate) => candidate === value);
}

export function fieldLabel(field: string, t: T): string {
  return field in labelKeys ? t(labelKeys[field as keyof typeof labelKeys]) : field;
}

export function valueText(field: string, value: unknown, t: T, language: Language): string {
  if (isEmptyAuditValue(value)) return t('history.emptyValue');
  const one = (item: unknown): string => {
    if (field === 'retentionMonths' && typeof item === 'number') return t('fields.retentionMonthsValue', { count: item });
    const status = field === 'status' ? oneOf(item, agreementStatuses) : undefined;
    if (status) return t(`vocab.statuses.${status}`);
    const category = field === 'dataCategories' ? oneOf(item, dataCategories) : undefined;
    if (category) return t(`vocab.categories.${category}`);
    const basis = field === 'legalBases' ? oneOf(item, legalBases) : undefined;
    if (basis) return t(`vocab.legalBases.${basis}`);
    const text = typeof item === 'string' ? item : JSON.stringify(item);
    if (isRealIsoDate(text)) return formatDate(text, language);
    return text.length > longest ? `${text.slice(0, longest - 1)}…` : text;
  };
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

/** One line per change: "Status: Draft → Active", or "Parties: changed". */
export function changeText(change: AuditChange, t: T, language: Language): string {
  const label = fieldLabel(change.field, t);
  if (summarised.has(change.field)) return `${label}: ${isEmptyAuditValue(change.old) ? t('history.set') : t('history.changed')}`;
  return `${label}: ${valueText(change.field, change.old, t, language)} → ${valueText(change.field, change.new, t, language)}`;
}

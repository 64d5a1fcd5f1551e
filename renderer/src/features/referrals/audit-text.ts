/**
 * Audit changes in words: translated field names, partner and contact names instead of
 * ids, vocabulary instead of codes, dates as the language writes them. The stored entries
 * keep the raw values (they are what the hash covers); only the display is translated.
 */
import type { TFunction } from 'i18next';
import { isEmptyAuditValue } from '../../domain/audit';
import type { Contact, Partner } from '../../domain/partner';
import { isRealIsoDate } from '../../domain/validation';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../i18n/language';

type T = TFunction<'referrals'>;

const labelKeys: Record<string, string> = {
  initials: 'fields.initials',
  ageBand: 'fields.ageBand',
  gender: 'fields.gender',
  area: 'fields.area',
  referringPartnerId: 'fields.referringPartner',
  referringContactId: 'fields.referringContact',
  receivedOn: 'fields.receivedOn',
  leadPartnerId: 'fields.leadPartner',
  involvedPartnerIds: 'fields.involved',
  concernTypes: 'fields.concernTypes',
  vulnerabilities: 'fields.vulnerabilities',
  summary: 'fields.summary',
  consent: 'fields.consentState',
  consentFrom: 'fields.consentFrom',
  consentOn: 'fields.consentOn',
  consentJustification: 'fields.consentJustification',
  riskLevel: 'fields.riskLevel',
  riskAssessedOn: 'fields.riskAssessedOn',
  status: 'list.status',
  outcome: 'detail.outcome',
  closedOn: 'fields.closedOn',
  decision: 'audit.decision',
  correctionReason: 'audit.correctionReason',
};

/** Which vocabulary a coded field's values come from. */
const vocabularies: Record<string, string> = {
  ageBand: 'ageBands',
  gender: 'genders',
  concernTypes: 'concerns',
  vulnerabilities: 'vulnerabilities',
  consent: 'consent',
  riskLevel: 'risk',
  status: 'statuses',
  outcome: 'outcomes',
};

export interface AuditTextContext {
  t: T;
  language: Language;
  partners: readonly Partner[];
  contacts: readonly Contact[];
}

export function fieldLabel(field: string, { t }: AuditTextContext): string {
  if (labelKeys[field]) return t(labelKeys[field] as 'fields.area');
  const [kind, sub] = field.split('.');
  const kindLabel = t(`audit.fields.${kind}` as 'audit.fields.note', { defaultValue: field });
  return sub ? `${kindLabel}, ${t('audit.fields.doneOn')}` : kindLabel;
}

export function valueText(field: string, value: unknown, context: AuditTextContext): string {
  const { t, language, partners, contacts } = context;
  if (isEmptyAuditValue(value)) return t('audit.empty_value');
  const one = (item: unknown): string => {
    const text = String(item);
    if (field.endsWith('PartnerId') || field === 'involvedPartnerIds') return partners.find((partner) => partner.id === text)?.name ?? text;
    if (field.endsWith('ContactId')) return contacts.find((contact) => contact.id === text)?.name ?? text;
    if (vocabularies[field]) return t(`vocab.${vocabularies[field]}.${text}` as 'vocab.risk.low', { defaultValue: text });
    if (isRealIsoDate(text)) return formatDate(text, language);
    return text;
  };
  if (Array.isArray(value)) return value.map(one).join(', ');
  if (typeof value === 'object') {
    const partnerName = (id: string) => partners.find((partner) => partner.id === id)?.name ?? id;
    // A coverage gap gone ahead with: the pairs and the reason.
    const acknowledged = value as { gaps?: { partnerIds: [string, string] }[]; reason?: string };
    if (acknowledged.gaps) {
      return [acknowledged.gaps.map((gap) => gap.partnerIds.map(partnerName).join(' ↔ ')).join('; '), acknowledged.reason].filter(Boolean).join(' · ');
    }
    // A timeline entry or disclosure: its date, who to whom, text and due date.
    const entry = value as { on?: string; text?: string; dueDate?: string; fromPartnerId?: string; toPartnerId?: string };
    const route = entry.fromPartnerId && entry.toPartnerId ? `${partnerName(entry.fromPartnerId)} → ${partnerName(entry.toPartnerId)}` : '';
    return [entry.on && formatDate(entry.on, language), route, entry.text, entry.dueDate && formatDate(entry.dueDate, language)].filter(Boolean).join(' · ');
  }
  return one(value);
}

export { visibleChanges } from '../../domain/audit';

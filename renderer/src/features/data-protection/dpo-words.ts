/**
 * The words of the data-protection page and its exports in one language (the UI's, or the
 * one chosen for an export): code to word for the vocabularies, dates, and the retention
 * text of each kind of data. Fixed translators, so an export in English from a German UI
 * needs nothing else.
 */
import type { TFunction } from 'i18next';
import type { DataCategory, LegalBasis } from '../../domain/agreement';
import type { DisclosureConsent } from '../../domain/disclosure';
import type { ProcessingKindEntry } from '../../domain/records-of-processing';
import { disclosureLogColumns, type DisclosureLogWords } from '../../export/disclosure-log-table';
import { i18next } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import type { Language } from '../../i18n/language';
import type { ErasureLine } from '../../storage';

export interface DpoWords {
  language: Language;
  t: TFunction<'dataProtection'>;
  category(code: DataCategory): string;
  legalBasis(code: LegalBasis): string;
  consent(code: DisclosureConsent): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  /** How long a kind of data is kept, in words ("36 months after …"). */
  retention(entry: ProcessingKindEntry): string;
  /** What an erasure was: "Case RT-2022-0042", "Timeline entry of case RT-2022-0042", "Contact". */
  erased(erasure: Pick<ErasureLine, 'table' | 'caseCode' | 'parentCaseCode'>): string;
  /** The network disclosure log's CSV/XLSX words. */
  logTable: DisclosureLogWords;
}

export function dpoWords(language: Language): DpoWords {
  const t = i18next.getFixedT(language, 'dataProtection');
  const ta = i18next.getFixedT(language, 'agreements');
  const tr = i18next.getFixedT(language, 'referrals');
  const category = (code: DataCategory) => ta(`vocab.categories.${code}`);
  const legalBasis = (code: LegalBasis) => ta(`vocab.legalBases.${code}`);
  const consent = (code: DisclosureConsent) => tr(`vocab.disclosureConsent.${code}`);
  const dateTime = (iso: string) => formatDateTime(iso, language);
  return {
    language,
    t,
    category,
    legalBasis,
    consent,
    date: (iso) => formatDate(iso, language),
    dateTime,
    retention: (entry) => {
      if (entry.retention.length === 0) return t('records.noRule');
      const rules = entry.retention.map(({ rule, months }) => t(`records.rules.${rule}`, { months })).join('; ');
      return entry.kind === 'disclosures' ? `${t('records.withTheirCase')}${rules}` : rules;
    },
    erased: (erasure) => {
      const kind = t(`erasures.tables.${erasure.table}`);
      if (erasure.table === 'referrals') return erasure.caseCode ? `${kind} ${erasure.caseCode}` : kind;
      return erasure.parentCaseCode ? t('erasures.ofCase', { kind, code: erasure.parentCaseCode }) : kind;
    },
    logTable: {
      title: t('log.sheet'),
      header: Object.fromEntries(disclosureLogColumns.map((column) => [column, t(`log.columns.${column}`)])) as DisclosureLogWords['header'],
      category,
      consent,
      legalBasis,
      noAgreement: (reason) => t('log.noAgreement', { reason }),
      dateTime,
    },
  };
}

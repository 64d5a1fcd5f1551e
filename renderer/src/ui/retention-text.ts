/**
 * The retention schedule and the due list in words: a period as months, or as years when it
 * is whole years, and why a record is due, from its DueReason. Pure (given `t`), so the
 * settings section and the due list word it the same way.
 */
import type { TFunction } from 'i18next';
import type { DueReason } from '../domain/retention';
import type { Language } from '../i18n/language';
import { formatDate } from '../i18n/format';
import type { DueRecord } from '../storage';

type T = TFunction<'retention'>;

/** "3 years" for 36 months, "18 months" for 18. */
export function periodText(months: number, t: T): string {
  return months % 12 === 0 ? t('period.years', { count: months / 12 }) : t('period.months', { count: months });
}

/** What started the period, in words ("Closed on …, last review on …"). */
function startText(record: Pick<DueRecord, 'reason' | 'closedOn'>, t: T, language: Language): string {
  const from = formatDate(record.reason.from, language);
  const { rule } = record.reason;
  if (rule === 'closedCase' && record.closedOn && record.closedOn !== record.reason.from)
    return t('due.reason.closedCaseReviewed', { closed: formatDate(record.closedOn, language), from });
  return t(`due.reason.${rule}`, { from });
}

/** Why a record is due, as the list's lines: what started its period, the period and the day, and the agreement or hold when they matter. */
export function dueReasonLines(record: Pick<DueRecord, 'reason' | 'closedOn' | 'hold'>, t: T, language: Language): string[] {
  const reason: DueReason = record.reason;
  const lines = [
    `${startText(record, t, language)}; ${t('due.reason.period', { period: periodText(reason.months, t), date: formatDate(reason.dueOn, language) })}`,
  ];
  if (reason.agreement) lines.push(t('due.reason.agreement', { title: reason.agreement.title }));
  if (record.hold?.endedOn) lines.push(t('due.reason.holdEnded', { date: formatDate(record.hold.endedOn, language), reason: record.hold.reason }));
  return lines;
}

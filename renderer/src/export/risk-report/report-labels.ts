/** Small wording helpers shared by the risk report's sections: numbers, counts, periods. */
import type { PublishedCount } from '../../domain/risk-picture';
import { formatNumber } from '../../i18n/format';
import type { ExportLabels } from '../labels';

export function count(l: ExportLabels, value: PublishedCount): string {
  return value === null ? l.t('riskReport.caseFigures.suppressed') : formatNumber(value, l.language);
}

/** The change from the previous period, "+3", "−2", "±0"; "–" when either side is suppressed. */
export function change(l: ExportLabels, current: PublishedCount, previous: PublishedCount): string {
  if (current === null || previous === null) return '–';
  const difference = current - previous;
  if (difference === 0) return '±0';
  return `${difference > 0 ? '+' : '−'}${formatNumber(Math.abs(difference), l.language)}`;
}

export function period(l: ExportLabels, start: string, end: string): string {
  return l.t('riskReport.period', { start: l.date(start), end: l.date(end) });
}

export function sectionMarking(l: ExportLabels, marking: 'public' | 'internal' | 'confidential'): string {
  return l.t('riskReport.sectionMarking', { marking: l.vocab('confidentiality', marking) });
}

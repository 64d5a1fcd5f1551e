/** File names of the reports, on the pattern of the minutes' (export/file-names.ts). */
import type { FiguresPeriod } from '../../domain/figures-period';
import type { Language } from '../../i18n/language';
import { safeFileName, type ExportExtension } from '../file-names';
import { exportTranslator } from '../labels';
import type { ReportVariant } from './markings';

/** "2026-01-01–2026-12-31 Title – Risk picture (for circulation) – DRAFT.pdf" */
export function riskReportFileName(
  edition: { title: string; periodStart: string; periodEnd: string; status: 'draft' | 'agreed' },
  variant: ReportVariant,
  language: Language,
  extension: ExportExtension,
): string {
  const l = exportTranslator(language);
  const version = l.t(`riskReport.fileName.${variant}`);
  const end = `– ${l.t('riskReport.fileName.riskPicture')} (${version})${edition.status === 'draft' ? ` – ${l.t('riskReport.draft')}` : ''}`;
  return safeFileName({ start: `${edition.periodStart}–${edition.periodEnd}`, middle: edition.title, end }, extension);
}

/** "2026-01-01–2026-12-31 Figures.pdf" */
export function figuresReportFileName(period: FiguresPeriod, language: Language, extension: ExportExtension): string {
  return safeFileName({ start: `${period.start}–${period.end}`, middle: exportTranslator(language).t('riskReport.fileName.figures') }, extension);
}

/**
 * Exports the network's figures as a report (PDF or DOCX): one chart per figure with its
 * table, for the period shown. The sections are those the figures page has loaded, already
 * translated in its language; the report's own words follow `options.language`.
 */
import type { FiguresPeriod } from '../../domain/figures-period';
import type { ProtectiveMarking } from '../../domain/risk-picture';
import { buildFiguresReport, figuresReportFileName } from '../../export/risk-report';
import type { Language } from '../../i18n/language';
import type { PdfOutcome } from '../../platform';
import { saveReport, type ReportFormat } from '../../ui/save-report';
import type { FigureSection } from './figure-section';

export interface FiguresReportOptions {
  format: ReportFormat;
  language: Language;
  networkName: string;
  marking?: ProtectiveMarking;
}

export function exportFiguresReport(sections: readonly FigureSection[], period: FiguresPeriod, options: FiguresReportOptions): Promise<PdfOutcome> {
  const doc = buildFiguresReport(sections, period, { language: options.language, networkName: options.networkName, marking: options.marking });
  return saveReport(doc, options.format, (extension) => figuresReportFileName(period, options.language, extension));
}

/** Runs one export of a risk picture edition in the chosen format, language and version. */
import { buildRiskReport, riskReportFileName, type ReportVariant, type RiskReportInput } from '../../export/risk-report';
import type { Language } from '../../i18n/language';
import type { PdfOutcome } from '../../platform';
import { saveReport, type ReportFormat } from '../../ui/save-report';

export interface ReportChoice {
  format: ReportFormat;
  language: Language;
  variant: ReportVariant;
}

export function exportRiskReport(input: RiskReportInput, choice: ReportChoice): Promise<PdfOutcome> {
  const doc = buildRiskReport(input, { variant: choice.variant, language: choice.language });
  return saveReport(doc, choice.format, (extension) => riskReportFileName(input.edition, choice.variant, choice.language, extension));
}

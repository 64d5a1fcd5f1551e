/** The risk picture's and the figures' reports: model, print HTML and DOCX. */
export { buildRiskReport, type RiskReportChoice, type RiskReportInput } from './build-risk-report';
export { buildFiguresReport, type FiguresReportChoice } from './build-figures-report';
export { reportToPrintHtml, type ChartSvg } from './print-html';
export { reportToDocx, type DocxChartOptions, type Rasterise } from './docx';
export { riskReportFileName, figuresReportFileName } from './file-names';
export { highestMarking, type ReportVariant } from './markings';
export type { ReportDocument, ReportSection, ReportBlock } from './report-document';

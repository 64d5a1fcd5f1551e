/**
 * Hands a report (risk picture edition, figures) to the platform as PDF or DOCX: the save
 * dialog on the desktop, the download or the print dialog in the web edition, as the
 * minutes' export does. Shared by the risk picture and the figures pages.
 */
import minutesCss from '../export/minutes-print.css?raw';
import minutesCssUrl from '../export/minutes-print.css?url';
import reportCss from '../export/risk-report/risk-report-print.css?raw';
import reportCssUrl from '../export/risk-report/risk-report-print.css?url';
import type { PrintStyle } from '../export/print-html';
import { reportToDocx, reportToPrintHtml, type ReportDocument } from '../export/risk-report';
import { svgToPng } from '../export/risk-report/svg-to-png';
import { renderChartSvg } from '../charts/render-svg';
import { chartSize } from '../export/risk-report/print-html';
import { platform, type PdfOutcome } from '../platform';

export const reportFormats = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof reportFormats)[number];

const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The stylesheets, inline for the desktop's printToPDF and linked for the web edition's print frame. */
function printStyles(): { inline: PrintStyle[]; linked: PrintStyle[] } {
  const href = (url: string) => ({ href: new URL(url, document.baseURI).href });
  return { inline: [{ css: minutesCss }, { css: reportCss }], linked: [href(minutesCssUrl), href(reportCssUrl)] };
}

/** Hands a report to the platform as PDF or DOCX. */
export async function saveReport(doc: ReportDocument, format: ReportFormat, fileName: (extension: 'pdf' | 'docx') => string): Promise<PdfOutcome> {
  if (format === 'pdf') {
    const styles = printStyles();
    return platform.savePdf({
      suggestedName: fileName('pdf'),
      inlineHtml: reportToPrintHtml(doc, styles.inline),
      linkedHtml: reportToPrintHtml(doc, styles.linked),
    });
  }
  return platform.saveFile({
    suggestedName: fileName('docx'),
    data: await reportToDocx(doc, { chartSvg: (spec) => renderChartSvg(spec, chartSize), rasterise: svgToPng }),
    mimeType: docxMime,
    filters: [{ name: 'Word', extensions: ['docx'] }],
  });
}

/** The minutes exporters: every one renders a MinutesDocument, in the language asked for. */
export { exportTranslator, type ExportKey, type ExportLabels } from './labels';
export { minutesToMarkdown } from './markdown';
export { minutesToDocx } from './docx';
export { minutesToPrintHtml, type PrintStyle } from './print-html';
export { escapeHtml } from './html-escape';
export { meetingToIcs, actionsToIcs, type CalendarAction, type CalendarOptions } from './ics';
export { minutesFileName, meetingCalendarFileName, actionsFileName, safeFileName, type ExportExtension } from './file-names';

/**
 * Runs one export: builds the minutes document in the chosen language and version, renders
 * it with the pure exporter for the format, and hands the result to the platform (save
 * dialog on the desktop, download or print in the web edition).
 */
import printCss from '../../export/minutes-print.css?raw';
import printCssUrl from '../../export/minutes-print.css?url';
import { buildMinutesDocument } from '../../domain/minutes-document';
import type { MinutesVariant } from '../../domain/meeting';
import { meetingCalendarFileName, meetingToIcs, minutesFileName, minutesToDocx, minutesToMarkdown, minutesToPrintHtml } from '../../export';
import { i18next } from '../../i18n';
import { collatorFor } from '../../i18n/format';
import type { Language } from '../../i18n/language';
import { platform, type PdfOutcome } from '../../platform';
import type { MeetingContext } from './useMeetingContext';

export const exportFormats = ['pdf', 'docx', 'markdown', 'ics'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportChoice {
  format: ExportFormat;
  language: Language;
  variant: MinutesVariant;
}

const encoder = new TextEncoder();

export async function exportMinutes(context: MeetingContext, choice: ExportChoice, networkName: string): Promise<PdfOutcome> {
  const { format, language, variant } = choice;
  const doc = buildMinutesDocument({
    networkName,
    meeting: context.meeting,
    series: context.series,
    items: context.items,
    actions: context.actions,
    partners: context.partners,
    contacts: context.contacts,
    arisingActions: context.arisingActions,
    arisingMeetings: context.arisingMeetings,
    variant,
    collator: collatorFor(language),
    guestOrganisation: i18next.getFixedT(language, 'meetings')('attendance.guest'),
  });
  switch (format) {
    case 'pdf':
      return platform.savePdf({
        suggestedName: minutesFileName(doc, language, 'pdf'),
        inlineHtml: minutesToPrintHtml(doc, language, { css: printCss }),
        linkedHtml: minutesToPrintHtml(doc, language, { href: new URL(printCssUrl, document.baseURI).href }),
      });
    case 'docx':
      return platform.saveFile({
        suggestedName: minutesFileName(doc, language, 'docx'),
        data: await minutesToDocx(doc, language),
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        filters: [{ name: 'Word', extensions: ['docx'] }],
      });
    case 'markdown':
      return platform.saveFile({
        suggestedName: minutesFileName(doc, language, 'md'),
        data: encoder.encode(minutesToMarkdown(doc, language)),
        mimeType: 'text/markdown;charset=utf-8',
        filters: [{ name: 'Markdown', extensions: ['md'] }],
      });
    case 'ics':
      return platform.saveFile({
        suggestedName: meetingCalendarFileName(doc),
        data: encoder.encode(meetingToIcs(doc, language, { now: new Date() })),
        mimeType: 'text/calendar;charset=utf-8',
        filters: [{ name: 'iCalendar', extensions: ['ics'] }],
      });
  }
}

/**
 * Runs one subject-access export of a case: gathers what is held about it, builds the
 * export in the chosen language, and hands it to the platform as PDF (the reports' print
 * path) or as the JSON file.
 */
import { localToday } from '../../domain/date-time';
import { buildSubjectAccess, otherCasePlaceholder, subjectAccessFileName, subjectAccessJson, subjectAccessReport } from '../../export/subject-access';
import type { Language } from '../../i18n/language';
import { platform, type PdfOutcome } from '../../platform';
import { audit, subjectAccess } from '../../storage';
import { saveReport } from '../../ui/save-report';

export const subjectAccessFormats = ['pdf', 'json'] as const;
export type SubjectAccessFormat = (typeof subjectAccessFormats)[number];

export async function exportSubjectAccess(referralId: string, choice: { format: SubjectAccessFormat; language: Language }): Promise<PdfOutcome> {
  const records = await subjectAccess.gather(referralId, otherCasePlaceholder(choice.language));
  const exportedAt = new Date();
  const data = buildSubjectAccess(records, { language: choice.language, exportedAt });
  const fileName = (extension: 'pdf' | 'json') => subjectAccessFileName(data.caseCode, localToday(exportedAt), choice.language, extension);
  const outcome =
    choice.format === 'pdf'
      ? await saveReport(subjectAccessReport(data), 'pdf', () => fileName('pdf'))
      : await platform.saveFile({
          suggestedName: fileName('json'),
          data: new TextEncoder().encode(subjectAccessJson(data)) as Uint8Array<ArrayBuffer>,
          mimeType: 'application/json',
          filters: [{ name: 'JSON', extensions: ['json'] }],
        });
  // What left the app is on record in the case's history (not when the save was cancelled).
  if (outcome.status !== 'cancelled') await audit.recordSubjectAccess(referralId, choice.format, choice.language);
  return outcome;
}

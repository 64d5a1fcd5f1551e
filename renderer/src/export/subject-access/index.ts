/** The subject-access export of one case: the JSON object (format.ts), its PDF report, file names. */
import type { Language } from '../../i18n/language';
import { safeFileName } from '../file-names';
import { exportTranslator } from '../labels';

export { buildSubjectAccess, otherCasePlaceholder, subjectAccessJson } from './build';
export { subjectAccessReport } from './report';
export { subjectAccessFormat, subjectAccessVersion, type SubjectAccessExport } from './format';

/** "2026-12-02 RT-2026-0042 – Subject access.pdf" */
export function subjectAccessFileName(caseCode: string, exportedOn: string, language: Language, extension: 'pdf' | 'json'): string {
  return safeFileName({ start: exportedOn, middle: caseCode, end: `– ${exportTranslator(language).t('subjectAccess.fileName')}` }, extension);
}

/** The import's problems as sentences, with the text the file had where that helps to find it. */
import type { TFunction } from 'i18next';
import type { PartnerInput } from '../../domain/partner';
import { countedLength } from '../../domain/validation';
import type { ImportField } from '../../import/column-mapping';
import type { RowProblem } from '../../import/preview';
import type { FileProblem } from '../../import/read-table';

type T = TFunction<'partners'>;

/** What a row holds for `field`, as the preview would save it. */
export function rowValue(input: PartnerInput, field: ImportField): string {
  const contact = input.contacts?.[0];
  switch (field) {
    case 'contactName':
      return contact?.name ?? '';
    case 'contactRole':
      return contact?.role ?? '';
    case 'contactEmail':
      return contact?.email ?? '';
    case 'contactPhone':
      return contact?.phone ?? '';
    case 'contactNotes':
      return contact?.notes ?? '';
    default:
      return String(input[field] ?? '');
  }
}

/** Long text is named by its start only: the message should say which, not repeat it. */
function shortened(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
}

export function rowProblemText(problem: RowProblem, input: PartnerInput, t: T): string {
  const field = problem.field ? t(`import.fields.${problem.field}`) : '';
  const value = problem.field ? shortened(rowValue(input, problem.field)) : '';
  switch (problem.code) {
    case 'tooLong':
      return t('import.problems.tooLong', {
        field,
        max: problem.values?.['max'] ?? 0,
        length: countedLength(problem.field ? rowValue(input, problem.field) : ''),
      });
    case 'duplicateExisting':
      return t(problem.values?.['archived'] ? 'import.problems.duplicateExistingArchived' : 'import.problems.duplicateExisting', {
        name: problem.values?.['name'] ?? '',
      });
    case 'duplicateInFile':
      return t('import.problems.duplicateInFile', { line: problem.values?.['line'] ?? '' });
    case 'sectorUnknown':
    case 'statusUnknown':
      return t(`import.problems.${problem.code}`, { value: shortened(String(problem.values?.['value'] ?? '')) });
    default:
      return t(`import.problems.${problem.code}`, { field, value });
  }
}

export function fileProblemText(problem: FileProblem, fileName: string, t: T): string {
  const { kind, ...values } = problem;
  return t(`import.fileProblems.${kind}`, { file: fileName, ...values });
}

import type { TFunction } from 'i18next';
import type { DueRecord } from '../../../storage';

/** How the list and its dialogs name a due record: its case code, meeting title, contact name, or what was deleted. */
export function recordName(record: Pick<DueRecord, 'kind' | 'label' | 'table'>, t: TFunction<'retention'>): string {
  if (record.kind !== 'auditActors') return record.label;
  return t(`due.erasedRecord.${record.table}`, { code: record.label });
}

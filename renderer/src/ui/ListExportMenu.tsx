/**
 * "Export" for a list page: each list it offers as CSV or Excel (.xlsx), built when chosen
 * (not while the page opens) and handed to the platform: the save dialog on the desktop, a
 * download in the web edition. The headings and words are in the UI language.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../domain/date-time';
import { listTableToCsv, type ListTable } from '../export/list-table';
import { safeFileName } from '../export/file-names';
import { listTableToXlsx } from '../export/xlsx';
import { useLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import { platform } from '../platform';
import { useNotify } from './notices';
import { useErrorMessage } from './useErrorMessage';

export interface ListExportChoice {
  /** What the list is, e.g. "Partners": the menu item's name and the file's. */
  label: string;
  build: () => Promise<ListTable>;
}

type Format = 'csv' | 'xlsx';

export function ListExportMenu({ choices, testId }: { choices: ListExportChoice[]; testId?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);

  const run = async (choice: ListExportChoice, format: Format) => {
    if (busy) return;
    setBusy(true);
    try {
      const table = await choice.build();
      if (table.rows.length === 0) {
        notify('success', t('listExport.empty'));
        return;
      }
      const data =
        format === 'csv'
          ? new TextEncoder().encode(listTableToCsv(table, language, (iso) => formatDate(iso, language)))
          : await listTableToXlsx(table, language);
      const outcome = await platform.saveFile({
        suggestedName: safeFileName({ start: localToday(), middle: choice.label }, format),
        data,
        mimeType: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        filters: [format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'Excel', extensions: ['xlsx'] }],
      });
      if (outcome.status === 'saved') notify('success', t('listExport.done', { file: outcome.fileName, count: table.rows.length }));
    } catch (error) {
      notify('error', errorMessage(error, 'export'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="menu" data-testid={testId}>
      <summary className="button">{t('listExport.menu')}</summary>
      <ul className="menu-items" aria-busy={busy || undefined}>
        {choices.flatMap((choice) =>
          (['csv', 'xlsx'] as const).map((format) => (
            <li key={`${choice.label}-${format}`}>
              <button
                type="button"
                className="button quiet"
                aria-disabled={busy || undefined}
                onClick={(event) => {
                  event.currentTarget.closest('details')?.removeAttribute('open');
                  void run(choice, format);
                }}
              >
                {t(format === 'csv' ? 'listExport.csv' : 'listExport.xlsx', { list: choice.label })}
              </button>
            </li>
          )),
        )}
      </ul>
    </details>
  );
}

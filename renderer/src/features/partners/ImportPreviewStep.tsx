/** Step 3 of the import: every row with what will be saved or why it will not, then one import of the accepted rows. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../import/preview';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { rowProblemText } from './import-text';

interface ImportPreviewStepProps {
  preview: ImportPreview;
  importing: boolean;
  onBack: () => void;
  onImport: () => void;
}

export function ImportPreviewStep({ preview, importing, onBack, onImport }: ImportPreviewStepProps) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const accepted = preview.accepted.length;
  const refused = preview.refused.length;
  const shown = onlyProblems ? preview.refused : preview.rows;

  return (
    <section className="card stack import-preview">
      <h2 className="section-title">{t('import.preview.title')}</h2>
      <div role="status" data-testid="import-summary">
        <p>{t('import.preview.accepted', { count: accepted, formatted: formatNumber(accepted, language) })}</p>
        {refused > 0 && <p className="notice warn">{t('import.preview.refused', { count: refused, formatted: formatNumber(refused, language) })}</p>}
      </div>
      {refused > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} autoComplete="off" />
          {t('import.preview.onlyProblems')}
        </label>
      )}
      <div className="table-wrap">
        <table className="table compact import-rows">
          <caption className="visually-hidden">{t('import.preview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.preview.columns.line')}</th>
              <th scope="col">{t('import.preview.columns.name')}</th>
              <th scope="col">{t('import.preview.columns.sector')}</th>
              <th scope="col">{t('import.preview.columns.contact')}</th>
              <th scope="col">{t('import.preview.columns.result')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const contact = row.input.contacts?.[0];
              const ok = row.problems.length === 0;
              return (
                <tr key={row.line} className={ok ? undefined : 'refused'} data-line={row.line}>
                  <td>{row.line}</td>
                  <td className="import-name">{row.input.name}</td>
                  <td>{ok || !row.problems.some((problem) => problem.field === 'sector') ? tc(`sectors.${row.input.sector}`) : ''}</td>
                  <td>
                    {contact && (
                      <>
                        {contact.name}
                        {contact.email && <div className="muted">{contact.email}</div>}
                      </>
                    )}
                  </td>
                  <td>
                    {ok ? (
                      <span className="badge active">{t('import.preview.ok')}</span>
                    ) : (
                      <ul className="import-problems">
                        {row.problems.map((problem, index) => (
                          <li key={index}>{rowProblemText(problem, row.input, t)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {accepted === 0 && <p className="notice error">{t('import.preview.nothing')}</p>}
      <div className="form-actions">
        <button type="button" className="button" onClick={onBack}>
          {t('import.preview.back')}
        </button>
        {accepted > 0 && (
          <button type="button" className="button primary" aria-disabled={importing || undefined} onClick={() => !importing && onImport()}>
            {importing ? t('import.preview.importing') : t('import.preview.import', { count: accepted })}
          </button>
        )}
      </div>
    </section>
  );
}

/** Step 1 of the import: a plain file input (the web edition and the desktop alike), read here in the window. */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readImportFile, type ImportTable } from '../../import/read-table';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { fileProblemText } from './import-text';

const maxMegabytes = MAX_IMPORT_BYTES / 1024 / 1024;

export function ImportFileStep({ onRead }: { onRead: (fileName: string, table: ImportTable) => void }) {
  const { t } = useTranslation('partners');
  const language = useLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it) reads it again.
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    // Refused before reading: a huge file is not loaded into memory at all.
    if (file.size > MAX_IMPORT_BYTES) {
      setProblem(fileProblemText({ kind: 'tooLarge', maxMegabytes }, file.name, t));
      return;
    }
    setReading(true);
    try {
      const result = await readImportFile(new Uint8Array(await file.arrayBuffer()), file.name);
      if (result.ok) onRead(file.name, result.table);
      else setProblem(fileProblemText(result.problem, file.name, t));
    } catch {
      setProblem(t('import.fileProblems.unreadable', { file: file.name }));
    } finally {
      setReading(false);
    }
  };

  return (
    <section className="card stack">
      <div className="field">
        <span id={`${id}-label`} className="label">
          {t('import.choose.label')}
        </span>
        {/* The browser's own file button speaks the browser's language: a button of ours opens the hidden input. */}
        <div className="row">
          <button
            type="button"
            className="button primary"
            aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
            aria-disabled={reading || undefined}
            onClick={() => !reading && input.current?.click()}
          >
            {t('import.choose.button')}
          </button>
          {reading && (
            <span className="muted" role="status">
              {t('import.choose.reading')}
            </span>
          )}
        </div>
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-file"
          onChange={(event) => void choose(event)}
          autoComplete="off"
        />
        {problem && (
          <p id={`${id}-problem`} className="notice error" role="alert">
            {problem}
          </p>
        )}
        <span id={`${id}-hint`} className="hint">
          {t('import.choose.hint', { maxMegabytes: formatNumber(maxMegabytes, language), maxRows: formatNumber(MAX_IMPORT_ROWS, language) })}
        </span>
      </div>
    </section>
  );
}

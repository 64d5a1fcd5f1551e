/**
 * Importing the network the coordinator already has: choose a CSV or .xlsx file, match its
 * columns, check every row, then import the accepted rows in one transaction (all or
 * nothing, each partner and contact audited). Nothing is saved before the last step.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { emptyMapping, guessMapping, type ColumnMapping } from '../../import/column-mapping';
import { buildPreview, type ImportOptions } from '../../import/preview';
import type { ImportTable } from '../../import/read-table';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { partners as partnerRepo, useLive } from '../../storage';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import './import.css';

const steps = ['choose', 'map', 'preview', 'done'] as const;
type Step = (typeof steps)[number];

interface Outcome {
  partners: number;
  contacts: number;
  skipped: number;
}

export function PartnerImportPage() {
  const { t } = useTranslation('partners');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const known = useLive(() => partnerRepo.list());
  const [step, setStep] = useState<Step>('choose');
  const [source, setSource] = useState<{ fileName: string; table: ImportTable } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>(emptyMapping);
  const [options, setOptions] = useState<ImportOptions>({ defaultSector: null, defaultStatus: 'active' });
  const [importing, setImporting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  // Worked out again when a partner is saved meanwhile (known is live), so duplicates show.
  const preview = useMemo(() => (source && known ? buildPreview(source.table, mapping, options, known) : null), [source, known, mapping, options]);

  const read = (fileName: string, table: ImportTable) => {
    setSource({ fileName, table });
    setMapping(guessMapping(table.header));
    setStep('map');
  };
  const startOver = () => {
    setSource(null);
    setOutcome(null);
    setStep('choose');
  };
  const runImport = async () => {
    if (!preview) return;
    setImporting(true);
    try {
      const result = await partnerRepo.importMany(preview.accepted.map((row) => row.input));
      if (result.status === 'duplicates') {
        notify('error', t('import.duplicatesSince', { names: result.names.join(', ') }));
        return;
      }
      setOutcome({
        partners: result.count,
        contacts: preview.accepted.reduce((sum, row) => sum + (row.input.contacts?.length ?? 0), 0),
        skipped: preview.refused.length,
      });
      setStep('done');
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      setImporting(false);
    }
  };

  return (
    <>
      <PageHeading
        title={t('import.title')}
        intro={t('import.intro')}
        actions={
          <Link className="button" to="/partners">
            {t('detail.backToList')}
          </Link>
        }
      />
      <ol className="import-steps" aria-label={t('import.steps.label')}>
        {steps.map((name, index) => (
          <li key={name} aria-current={name === step ? 'step' : undefined} className={steps.indexOf(step) > index ? 'passed' : undefined}>
            <span className="import-step-number">{index + 1}</span> {t(`import.steps.${name}`)}
          </li>
        ))}
      </ol>
      {step === 'choose' && <ImportFileStep onRead={read} />}
      {step === 'map' && source && (
        <ImportMappingStep
          fileName={source.fileName}
          table={source.table}
          mapping={mapping}
          options={options}
          onMapping={setMapping}
          onOptions={setOptions}
          onBack={startOver}
          onNext={() => setStep('preview')}
        />
      )}
      {step === 'preview' && preview && (
        <ImportPreviewStep preview={preview} importing={importing} onBack={() => setStep('map')} onImport={() => void runImport()} />
      )}
      {step === 'done' && outcome && (
        <section className="card stack" role="status" data-testid="import-done">
          <h2 className="section-title">{t('import.done.title')}</h2>
          <p>
            {t('import.done.imported', { count: outcome.partners, formatted: formatNumber(outcome.partners, language) })}
            {outcome.contacts > 0 ? t('import.done.contacts', { count: outcome.contacts }) : '.'}
          </p>
          {outcome.skipped > 0 && (
            <p className="muted">{t('import.done.skipped', { count: outcome.skipped, formatted: formatNumber(outcome.skipped, language) })}</p>
          )}
          <div className="row">
            <Link className="button primary" to="/partners">
              {t('import.done.toList')}
            </Link>
            <button type="button" className="button" onClick={startOver}>
              {t('import.done.again')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiguresPeriod } from '../../domain/figures-period';
import { useLanguage } from '../../i18n';
import { settings, useLive } from '../../storage';
import { SelectField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { reportFormats, type ReportFormat } from '../../ui/save-report';
import { exportFiguresReport } from './export-figures-report';
import type { FigureSection } from './figure-section';

/**
 * Exports the figures the page shows as PDF or DOCX. The sections arrive translated in the
 * UI language (their loaders take the page's `t`), so the report is written in it too.
 */
export function FiguresReportButton({ sections, period }: { sections: readonly FigureSection[]; period: FiguresPeriod }) {
  const { t } = useTranslation('riskPicture');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const networkName = useLive(() => settings.get('networkName')) ?? '';
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [format, setFormat] = useState<ReportFormat>('pdf');

  const run = async () => {
    setBusy(true);
    try {
      const outcome = await exportFiguresReport(sections, period, { format, language, networkName });
      setOpen(false);
      if (outcome.status === 'saved') notify('success', t('edition.export.done', { file: outcome.fileName }));
      else if (outcome.status === 'printing') notify('success', t('edition.export.printing'));
      else notify('success', t('edition.export.cancelled'));
    } catch (error) {
      notify('error', errorMessage(error, 'export'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button" disabled={sections.length === 0} onClick={() => setOpen(true)}>
        {t('edition.figuresExport.button')}
      </button>
      <FormDialog
        isOpen={open}
        title={t('edition.figuresExport.title')}
        submitLabel={t('edition.export.go')}
        busy={busy}
        onCancel={() => setOpen(false)}
        onSubmit={run}
      >
        <SelectField label={t('edition.export.format')} value={format} onChange={(event) => setFormat(event.target.value as ReportFormat)} autoFocus>
          {reportFormats.map((code) => (
            <option key={code} value={code}>
              {t(`edition.export.formats.${code}`)}
            </option>
          ))}
        </SelectField>
      </FormDialog>
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesVariants } from '../../domain/meeting';
import type { RiskReportInput, ReportVariant } from '../../export/risk-report';
import { useLanguage } from '../../i18n';
import type { Language } from '../../i18n/language';
import { SelectField } from '../../ui/fields';
import { ExportLanguageField } from '../../ui/ExportLanguageField';
import { FormDialog } from '../../ui/FormDialog';
import { useExportRun } from '../../ui/useExportRun';
import { reportFormats, type ReportFormat } from '../../ui/save-report';
import { exportRiskReport } from './export-risk-report';

/** Format, report language (independent of the UI) and version, then export: as the minutes' ExportDialog. */
export function RiskReportExportDialog({ input }: { input: RiskReportInput }) {
  const { t } = useTranslation('riskPicture');
  const uiLanguage = useLanguage();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [variant, setVariant] = useState<ReportVariant>('full');

  const exporting = useExportRun(
    {
      done: (file) => t('edition.export.done', { file }),
      printing: t('edition.export.printing'),
      cancelled: t('edition.export.cancelled'),
    },
    () => setOpen(false),
  );
  const { busy } = exporting;
  const run = () => exporting.run(() => exportRiskReport(input, { format, language, variant }));

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setLanguage(uiLanguage);
          setOpen(true);
        }}
      >
        {t('edition.export.button')}
      </button>
      <FormDialog
        isOpen={open}
        title={t('edition.export.title')}
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
        <ExportLanguageField label={t('edition.export.language')} value={language} onChange={setLanguage} />
        <SelectField
          label={t('edition.export.variant')}
          value={variant}
          hint={variant === 'circulation' ? t('edition.export.circulationNote') : undefined}
          onChange={(event) => setVariant(event.target.value as ReportVariant)}
        >
          {minutesVariants.map((code) => (
            <option key={code} value={code}>
              {t(`edition.export.variants.${code}`)}
            </option>
          ))}
        </SelectField>
      </FormDialog>
    </>
  );
}

/**
 * Exports the data-protection report (PDF or DOCX) in the language chosen, for the period
 * shown: read again when exporting, through the same repository reads as the page.
 */
import { useState } from 'react';
import { localToday } from '../../domain/date-time';
import type { FiguresPeriod } from '../../domain/figures-period';
import { useLanguage } from '../../i18n';
import { collatorFor } from '../../i18n/format';
import type { Language } from '../../i18n/language';
import { audit, dataProtection, settings } from '../../storage';
import { ExportLanguageField } from '../../ui/ExportLanguageField';
import { SelectField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import { reportFormats, saveReport, type ReportFormat } from '../../ui/save-report';
import { useExportRun } from '../../ui/useExportRun';
import { buildDpoReport, dpoReportFileName } from './dpo-report';
import { dpoWords } from './dpo-words';

export function DpoReportButton({ period }: { period: FiguresPeriod }) {
  const uiLanguage = useLanguage();
  const { t } = dpoWords(uiLanguage);
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const exporting = useExportRun({ done: (file) => t('report.done', { file }), printing: t('report.printing'), cancelled: t('report.cancelled') }, () =>
    setOpen(false),
  );
  const run = () =>
    exporting.run(async () => {
      const words = dpoWords(language);
      const today = localToday();
      const [records, log, erasures, lastCheck, networkName] = await Promise.all([
        dataProtection.recordsOfProcessing(today, collatorFor(language)),
        dataProtection.disclosureLog(period),
        dataProtection.erasuresIn(period),
        audit.lastCheck(),
        settings.get('networkName'),
      ]);
      const doc = buildDpoReport({ records, log, erasures, lastCheck: lastCheck ?? null, period, networkName: networkName ?? '', today }, words);
      return saveReport(doc, format, (extension) => dpoReportFileName(period, words, extension));
    });

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('report.button')}
      </button>
      <FormDialog isOpen={open} title={t('report.title')} submitLabel={t('report.go')} busy={exporting.busy} onCancel={() => setOpen(false)} onSubmit={run}>
        <SelectField label={t('report.format')} value={format} onChange={(event) => setFormat(event.target.value as ReportFormat)} autoFocus>
          {reportFormats.map((code) => (
            <option key={code} value={code}>
              {t(`report.formats.${code}`)}
            </option>
          ))}
        </SelectField>
        <ExportLanguageField label={t('report.language')} value={language} onChange={setLanguage} />
      </FormDialog>
    </>
  );
}

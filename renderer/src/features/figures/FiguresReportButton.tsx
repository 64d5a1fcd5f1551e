import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiguresPeriod } from '../../domain/figures-period';
import { protectiveMarkings, type ProtectiveMarking } from '../../domain/risk-picture';
import { i18next, useLanguage } from '../../i18n';
import type { Language } from '../../i18n/language';
import { settings, useLive } from '../../storage';
import { SelectField } from '../../ui/fields';
import { ExportLanguageField } from '../../ui/ExportLanguageField';
import { FormDialog } from '../../ui/FormDialog';
import { useExportRun } from '../../ui/useExportRun';
import { reportFormats, type ReportFormat } from '../../ui/save-report';
import { exportFiguresReport } from './export-figures-report';
import type { FigureSectionLoader } from './figure-section';

/**
 * Exports the figures of the period as PDF or DOCX, in the language chosen (not necessarily
 * the UI's): the sections are loaded again with that language's translations, through the
 * same loaders the page shows, so the report and the page cannot disagree.
 */
export function FiguresReportButton({ loaders, period }: { loaders: readonly FigureSectionLoader[]; period: FiguresPeriod }) {
  const { t } = useTranslation('riskPicture');
  const { t: tm } = useTranslation('meetings');
  const uiLanguage = useLanguage();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const networkName = useLive(() => settings.get('networkName')) ?? '';
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ReportFormat>('pdf');
  // Figures with small numbers suppressed are usually fit for partners: internal unless chosen otherwise.
  const [marking, setMarking] = useState<ProtectiveMarking>('internal');

  const exporting = useExportRun(
    {
      done: (file) => t('edition.export.done', { file }),
      printing: t('edition.export.printing'),
      cancelled: t('edition.export.cancelled'),
    },
    () => setOpen(false),
  );
  const { busy } = exporting;
  const run = () =>
    exporting.run(async () => {
      const fixedT = i18next.getFixedT(language);
      const sections = await Promise.all(loaders.map((load) => load(period, fixedT, language)));
      return exportFiguresReport(sections, period, { format, language, networkName, marking });
    });

  return (
    <>
      <button type="button" className="button" disabled={loaders.length === 0} onClick={() => setOpen(true)}>
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
        <ExportLanguageField label={t('edition.export.language')} value={language} onChange={setLanguage} />
        <SelectField label={t('edition.figuresExport.marking')} value={marking} onChange={(event) => setMarking(event.target.value as ProtectiveMarking)}>
          {protectiveMarkings.map((code) => (
            <option key={code} value={code}>
              {tm(`vocab.confidentiality.${code}`)}
            </option>
          ))}
        </SelectField>
      </FormDialog>
    </>
  );
}

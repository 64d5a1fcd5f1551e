import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesVariant } from '../../domain/meeting';
import { useLanguage } from '../../i18n';
import type { Language } from '../../i18n/language';
import { settings, useLive } from '../../storage';
import { SelectField } from '../../ui/fields';
import { ExportLanguageField } from '../../ui/ExportLanguageField';
import { FormDialog } from '../../ui/FormDialog';
import { useExportRun } from '../../ui/useExportRun';
import { exportFormats, exportMinutes, type ExportFormat } from './export-minutes';
import type { MeetingContext } from './useMeetingContext';
import { MinutesVariantSelect } from './MinutesVariantSelect';

/** Format, document language (independent of the UI) and version, then export. */
export function ExportDialog({ context }: { context: MeetingContext }) {
  const { t } = useTranslation('meetings');
  const uiLanguage = useLanguage();
  const networkName = useLive(() => settings.get('networkName')) ?? '';
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [variant, setVariant] = useState<MinutesVariant>('full');

  const exporting = useExportRun(
    {
      done: (file) => t('export.done', { file }),
      printing: t('export.printing'),
      cancelled: t('export.cancelled'),
    },
    () => setOpen(false),
  );
  const { busy } = exporting;
  const run = () => exporting.run(() => exportMinutes(context, { format, language, variant }, networkName));

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
        {t('export.button')}
      </button>
      <FormDialog isOpen={open} title={t('export.title')} submitLabel={t('export.go')} busy={busy} onCancel={() => setOpen(false)} onSubmit={run}>
        <SelectField label={t('export.format')} value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)} autoFocus>
          {exportFormats.map((code) => (
            <option key={code} value={code}>
              {t(`export.formats.${code}`)}
            </option>
          ))}
        </SelectField>
        <ExportLanguageField label={t('export.language')} value={language} onChange={setLanguage} />
        {format !== 'ics' && (
          <MinutesVariantSelect
            label={t('export.variant')}
            value={variant}
            hint={variant === 'circulation' ? t('export.circulationNote') : undefined}
            onChange={setVariant}
          />
        )}
      </FormDialog>
    </>
  );
}

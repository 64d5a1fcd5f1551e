import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import type { Language } from '../../i18n/language';
import { SelectField } from '../../ui/fields';
import { ExportLanguageField } from '../../ui/ExportLanguageField';
import { FormDialog } from '../../ui/FormDialog';
import { useExportRun } from '../../ui/useExportRun';
import { exportSubjectAccess, subjectAccessFormats, type SubjectAccessFormat } from './export-subject-access';

/**
 * "Subject access export" on the case page: everything held about the case, as PDF or JSON,
 * in the language chosen (independent of the UI's), as the other export dialogs.
 */
export function SubjectAccessDialog({ referralId }: { referralId: string }) {
  const { t } = useTranslation('referrals');
  const uiLanguage = useLanguage();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<SubjectAccessFormat>('pdf');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const exporting = useExportRun(
    {
      done: (file) => t('subjectAccess.done', { file }),
      printing: t('subjectAccess.printing'),
      cancelled: t('subjectAccess.cancelled'),
    },
    () => setOpen(false),
  );
  const run = () => exporting.run(() => exportSubjectAccess(referralId, { format, language }));

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
        {t('subjectAccess.button')}
      </button>
      <FormDialog
        isOpen={open}
        title={t('subjectAccess.title')}
        submitLabel={t('subjectAccess.go')}
        busy={exporting.busy}
        onCancel={() => setOpen(false)}
        onSubmit={run}
      >
        <p className="muted">{t('subjectAccess.intro')}</p>
        <SelectField label={t('subjectAccess.format')} value={format} onChange={(event) => setFormat(event.target.value as SubjectAccessFormat)} autoFocus>
          {subjectAccessFormats.map((code) => (
            <option key={code} value={code}>
              {t(`subjectAccess.formats.${code}`)}
            </option>
          ))}
        </SelectField>
        <ExportLanguageField label={t('subjectAccess.language')} value={language} onChange={setLanguage} />
      </FormDialog>
    </>
  );
}

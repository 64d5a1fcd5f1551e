import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../i18n/language';
import { SelectField } from './fields';

/** The language an export is written in, chosen independently of the UI's: each language named in itself. */
export function ExportLanguageField({ label, value, onChange }: { label: string; value: Language; onChange: (language: Language) => void }) {
  const { t } = useTranslation('settings');
  return (
    <SelectField label={label} value={value} onChange={(event) => onChange(event.target.value as Language)}>
      {languages.map((code) => (
        <option key={code} value={code} lang={code}>
          {t(`language.${code}`)}
        </option>
      ))}
    </SelectField>
  );
}

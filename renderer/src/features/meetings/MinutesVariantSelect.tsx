import { useTranslation } from 'react-i18next';
import { minutesVariants, type MinutesVariant } from '../../domain/meeting';
import { SelectField } from '../../ui/fields';

/** Full minutes or the version for wider circulation. */
export function MinutesVariantSelect({
  label,
  value,
  hint,
  onChange,
}: {
  label: string;
  value: MinutesVariant;
  hint?: string;
  onChange: (value: MinutesVariant) => void;
}) {
  const { t } = useTranslation('meetings');
  return (
    <SelectField label={label} value={value} hint={hint} onChange={(event) => onChange(event.target.value as MinutesVariant)}>
      {minutesVariants.map((code) => (
        <option key={code} value={code}>
          {t(`vocab.variants.${code}`)}
        </option>
      ))}
    </SelectField>
  );
}

import { useTranslation } from 'react-i18next';
import { protectiveMarkings, type RiskSection } from '../../domain/risk-picture';
import { SelectField } from '../../ui/fields';
import type { SectionProps } from './form-types';

/**
 * A section's protective marking, in the minutes' levels. "Confidential" sections are left out
 * of the version for wider circulation, which the hint says each time.
 */
export function MarkingField({ section, register, errors }: { section: RiskSection } & Omit<SectionProps, 'control'>) {
  const { t } = useTranslation('riskPicture');
  const { t: tm } = useTranslation('meetings');
  return (
    <SelectField
      className="marking-field"
      label={t('marking.label', { section: t(`sections.${section}`) })}
      hint={t('marking.hint')}
      error={errors.markings?.[section]?.message}
      {...register(`markings.${section}`)}
    >
      {protectiveMarkings.map((marking) => (
        <option key={marking} value={marking}>
          {tm(`vocab.confidentiality.${marking}`)}
        </option>
      ))}
    </SelectField>
  );
}

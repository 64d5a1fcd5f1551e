import { useId } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { riskPictureLimits } from '../../domain/risk-picture';
import type { PartnerChoice } from '../../domain/partner-choices';
import { FieldMessage } from '../../ui/FieldMessage';
import { AddWithinLimit } from './AddWithinLimit';
import { newThreat } from './edition-form-values';
import type { SectionProps } from './form-types';
import { MarkingField } from './MarkingField';
import { ThreatFieldset } from './ThreatFieldset';

/** The threats, each with its rating, evidence and response; markings for the threats and the response. */
export function ThreatsSection({ control, register, errors, partnerChoices }: SectionProps & { partnerChoices: PartnerChoice[] }) {
  const { t } = useTranslation('riskPicture');
  const listErrorId = useId();
  const { fields, append, remove } = useFieldArray({ control, name: 'threats', keyName: 'key' });
  const listError = errors.threats?.root?.message ?? errors.threats?.message;
  return (
    <fieldset aria-describedby={listError ? listErrorId : undefined}>
      <legend>{t('sections.threats')}</legend>
      <div className="stack">
        <p className="hint">{t('threats.intro')}</p>
        <div className="form-grid">
          <MarkingField section="threats" register={register} errors={errors} />
          <MarkingField section="response" register={register} errors={errors} />
        </div>
        {listError && <FieldMessage id={listErrorId} message={listError} />}
        {fields.length === 0 && <p className="muted">{t('threats.none')}</p>}
        {fields.map((field, index) => (
          <ThreatFieldset
            key={field.key}
            index={index}
            control={control}
            register={register}
            errors={errors}
            partnerChoices={partnerChoices}
            onRemove={() => remove(index)}
          />
        ))}
        <AddWithinLimit label={t('threats.add')} count={fields.length} max={riskPictureLimits.threats} onAdd={() => append(newThreat())} />
      </div>
    </fieldset>
  );
}

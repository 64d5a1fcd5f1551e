import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PartnerChoice } from '../../domain/partner-choices';
import { riskPictureLimits, type RiskEditionData, type RiskEditionInput } from '../../domain/risk-picture';
import { FieldMessage } from '../../ui/FieldMessage';
import { AddWithinLimit } from './AddWithinLimit';
import { AdmiraltyExplainer } from './AdmiraltyExplainer';
import { newSource } from './edition-form-values';
import type { SectionProps } from './form-types';
import { MarkingField } from './MarkingField';
import { SourceFieldset } from './SourceFieldset';

/** The evidence: each source with where it comes from, its date and its Admiralty grading. */
export function SourcesSection({ control, register, errors, partnerChoices }: SectionProps & { partnerChoices: PartnerChoice[] }) {
  const { t } = useTranslation('riskPicture');
  const { getValues, setValue } = useFormContext<RiskEditionInput, unknown, RiskEditionData>();
  const { fields, append, remove } = useFieldArray({ control, name: 'sources', keyName: 'key' });
  const listError = errors.sources?.root?.message ?? errors.sources?.message;
  /** A removed source is taken out of every threat's evidence too, so no threat names a source that is gone. */
  const removeSource = (index: number) => {
    const id = getValues(`sources.${index}.id`);
    getValues('threats').forEach((threat, threatIndex) => {
      const ids = threat.sourceIds ?? [];
      if (ids.includes(id))
        setValue(
          `threats.${threatIndex}.sourceIds`,
          ids.filter((entry) => entry !== id),
          { shouldDirty: true },
        );
    });
    remove(index);
  };
  return (
    <fieldset>
      <legend>{t('sections.sources')}</legend>
      <div className="stack">
        <AdmiraltyExplainer />
        <MarkingField section="sources" register={register} errors={errors} />
        {listError && <FieldMessage id="risk-sources-error" message={listError} />}
        {fields.length === 0 && <p className="muted">{t('sources.none')}</p>}
        {fields.map((field, index) => (
          <SourceFieldset
            key={field.key}
            index={index}
            control={control}
            register={register}
            errors={errors}
            partnerChoices={partnerChoices}
            onRemove={() => removeSource(index)}
          />
        ))}
        <AddWithinLimit label={t('sources.add')} count={fields.length} max={riskPictureLimits.sources} onAdd={() => append(newSource())} />
      </div>
    </fieldset>
  );
}

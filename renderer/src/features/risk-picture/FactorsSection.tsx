import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { riskPictureLimits } from '../../domain/risk-picture';
import { limits } from '../../domain/validation';
import { FieldMessage } from '../../ui/FieldMessage';
import { TextAreaField } from '../../ui/fields';
import { AddWithinLimit } from './AddWithinLimit';
import { newFactor } from './edition-form-values';
import type { SectionProps } from './form-types';
import { MarkingField } from './MarkingField';

/** Vulnerabilities and protective factors: two lists of sentences under one marking. */
export function FactorsSection({ control, register, errors }: SectionProps) {
  const { t } = useTranslation('riskPicture');
  return (
    <fieldset>
      <legend>{t('sections.factors')}</legend>
      <div className="stack">
        <MarkingField section="factors" register={register} errors={errors} />
        <div className="form-grid">
          <FactorList name="vulnerabilities" control={control} register={register} errors={errors} />
          <FactorList name="protectiveFactors" control={control} register={register} errors={errors} />
        </div>
      </div>
    </fieldset>
  );
}

function FactorList({ name, control, register, errors }: SectionProps & { name: 'vulnerabilities' | 'protectiveFactors' }) {
  const { t } = useTranslation('riskPicture');
  const { t: tc } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name, keyName: 'key' });
  const listErrors = errors[name];
  const listError = listErrors?.root?.message ?? listErrors?.message;
  return (
    <div className="stack factor-list">
      <h3 className="section-title">{t(`factors.${name}.title`)}</h3>
      <p className="hint">{t(`factors.${name}.hint`)}</p>
      {listError && <FieldMessage id={`risk-${name}-error`} message={listError} />}
      {fields.length === 0 && <p className="muted">{t(`factors.${name}.none`)}</p>}
      {fields.map((field, index) => (
        <div key={field.key} className="list-row">
          <TextAreaField
            label={t(`factors.${name}.numbered`, { number: index + 1 })}
            rows={2}
            limit={limits.notes}
            error={listErrors?.[index]?.text?.message}
            {...register(`${name}.${index}.text`)}
          />
          <button type="button" className="button quiet" onClick={() => remove(index)} aria-label={t(`factors.${name}.remove`, { number: index + 1 })}>
            {tc('actions.remove')}
          </button>
        </div>
      ))}
      <AddWithinLimit label={t(`factors.${name}.add`)} count={fields.length} max={riskPictureLimits.factors} onAdd={() => append(newFactor())} />
    </div>
  );
}

import { useId } from 'react';
import { Controller, useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AgreementInput } from '../../domain/agreement';
import { limits } from '../../domain/validation';
import { DateField } from '../../ui/DateField';
import { FieldMessage } from '../../ui/FieldMessage';
import { TextField } from '../../ui/fields';

interface SignatoriesFieldsetProps {
  control: Control<AgreementInput>;
  register: UseFormRegister<AgreementInput>;
  errors: FieldErrors<AgreementInput>['signatories'];
}

/** Who signed for whom, and when. May be empty for a draft; an agreement in force needs a dated signature. */
export function SignatoriesFieldset({ control, register, errors }: SignatoriesFieldsetProps) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const errorId = useId();
  const { fields, append, remove } = useFieldArray({ control, name: 'signatories', keyName: 'key' });
  // "An active agreement needs a signature": on `root` while rows exist, on the array when there are none.
  const listError = errors?.root?.message ?? errors?.message;
  return (
    <fieldset aria-describedby={listError ? errorId : undefined} aria-invalid={Boolean(listError) || undefined}>
      <legend>{t('sections.signatories')}</legend>
      <div className="stack">
        {listError && <FieldMessage id={errorId} message={listError} />}
        {fields.length === 0 && <p className="muted">{t('signatories.none')}</p>}
        {fields.map((field, index) => {
          const number = index + 1;
          const fieldErrors = errors?.[index];
          return (
            <fieldset key={field.key} className="signatory">
              <legend>{t('signatories.numbered', { number })}</legend>
              <div className="form-grid">
                <TextField label={t('signatories.name')} limit={limits.name} error={fieldErrors?.name?.message} {...register(`signatories.${index}.name`)} />
                <TextField
                  label={t('signatories.organisation')}
                  limit={limits.name}
                  error={fieldErrors?.organisation?.message}
                  {...register(`signatories.${index}.organisation`)}
                />
                <TextField label={t('signatories.role')} limit={limits.role} error={fieldErrors?.role?.message} {...register(`signatories.${index}.role`)} />
                <Controller
                  control={control}
                  name={`signatories.${index}.signedOn`}
                  render={({ field: date, fieldState }) => (
                    <DateField
                      label={t('signatories.signedOn')}
                      value={date.value ?? ''}
                      onChange={date.onChange}
                      onBlur={date.onBlur}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              </div>
              <div className="row">
                <button type="button" className="button quiet" onClick={() => remove(index)} aria-label={t('signatories.remove', { number })}>
                  {tc('actions.remove')}
                </button>
              </div>
            </fieldset>
          );
        })}
        <div>
          <button type="button" className="button" onClick={() => append({ name: '', organisation: '', role: '', signedOn: '' })}>
            {t('signatories.add')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}

import { useId } from 'react';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { partyRoles, type AgreementInput } from '../../domain/agreement';
import type { PartnerChoice } from '../../domain/partner-choices';
import { PartnerOptions } from '../../ui/PartnerOptions';
import { FieldMessage } from '../../ui/FieldMessage';
import { SelectField } from '../../ui/fields';

interface PartiesFieldsetProps {
  control: Control<AgreementInput>;
  register: UseFormRegister<AgreementInput>;
  errors: FieldErrors<AgreementInput>['parties'];
  /** The partners to choose from (those that left the network only if already a party). */
  choices: readonly PartnerChoice[];
}

/** The partners an agreement binds, each with its role: at least two different ones. */
export function PartiesFieldset({ control, register, errors, choices }: PartiesFieldsetProps) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const errorId = useId();
  const { fields, append, remove } = useFieldArray({ control, name: 'parties', keyName: 'key' });
  // A rule about the whole list ("at least two partners") lands on `root` while rows are
  // registered, and on the array itself once every row has been removed.
  const listError = errors?.root?.message ?? errors?.message;
  return (
    <fieldset aria-describedby={listError ? errorId : undefined} aria-invalid={Boolean(listError) || undefined}>
      <legend>{t('sections.parties')}</legend>
      <div className="stack">
        <p className="hint muted">{t('parties.hint')}</p>
        {listError && <FieldMessage id={errorId} message={listError} />}
        {fields.map((field, index) => {
          const number = index + 1;
          return (
            <div key={field.key} className="party-row">
              <SelectField label={t('parties.partner', { number })} error={errors?.[index]?.partnerId?.message} {...register(`parties.${index}.partnerId`)}>
                <option value="">{t('parties.choosePartner')}</option>
                <PartnerOptions choices={choices} />
              </SelectField>
              <SelectField label={t('parties.role', { number })} error={errors?.[index]?.role?.message} {...register(`parties.${index}.role`)}>
                {partyRoles.map((role) => (
                  <option key={role} value={role}>
                    {t(`vocab.roles.${role}`)}
                  </option>
                ))}
              </SelectField>
              <button type="button" className="button quiet" onClick={() => remove(index)} aria-label={t('parties.remove', { number })}>
                {tc('actions.remove')}
              </button>
            </div>
          );
        })}
        <div>
          <button type="button" className="button" onClick={() => append({ partnerId: '', role: 'separate_controller' })}>
            {t('parties.add')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}

import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PartnerInput } from '../../domain/partner';
import { limits } from '../../domain/validation';
import { TextAreaField, TextField } from '../../ui/fields';

interface ContactsFieldsetProps {
  control: Control<PartnerInput>;
  register: UseFormRegister<PartnerInput>;
  errors: FieldErrors<PartnerInput>['contacts'];
}

/** The partner's contacts: add, edit, remove; saved together with the partner. */
export function ContactsFieldset({ control, register, errors }: ContactsFieldsetProps) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  // keyName 'key': our contacts carry their own stored `id`, which must not be overwritten.
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts', keyName: 'key' });
  return (
    <fieldset>
      <legend>{t('contacts.title')}</legend>
      <div className="stack">
        {fields.length === 0 && <p className="muted">{t('contacts.none')}</p>}
        {fields.map((field, index) => {
          const fieldErrors = errors?.[index];
          const label = t('contacts.numbered', { number: index + 1 });
          return (
            <fieldset key={field.key} className="contact">
              <legend>{label}</legend>
              <div className="form-grid">
                <TextField label={t('contacts.name')} limit={limits.name} error={fieldErrors?.name?.message} {...register(`contacts.${index}.name`)} />
                <TextField label={t('contacts.role')} limit={limits.role} error={fieldErrors?.role?.message} {...register(`contacts.${index}.role`)} />
                <TextField
                  type="email"
                  label={t('contacts.email')}
                  limit={limits.email}
                  error={fieldErrors?.email?.message}
                  {...register(`contacts.${index}.email`)}
                />
                <TextField
                  type="tel"
                  label={t('contacts.phone')}
                  limit={limits.phone}
                  error={fieldErrors?.phone?.message}
                  {...register(`contacts.${index}.phone`)}
                />
                <TextAreaField
                  className="wide"
                  rows={2}
                  label={t('contacts.notes')}
                  limit={limits.contactNotes}
                  error={fieldErrors?.notes?.message}
                  {...register(`contacts.${index}.notes`)}
                />
              </div>
              <div className="row">
                <button type="button" className="button quiet" onClick={() => remove(index)} aria-label={t('contacts.remove', { name: field.name || label })}>
                  {tc('actions.remove')}
                </button>
              </div>
            </fieldset>
          );
        })}
        <div>
          <button type="button" className="button" onClick={() => append({ name: '', role: '', email: '', phone: '', notes: '' })}>
            {t('contacts.add')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}

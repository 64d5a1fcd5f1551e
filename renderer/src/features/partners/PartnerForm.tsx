import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { partnerInputSchema, type PartnerInput } from '../../domain/partner';
import { findDuplicateNames } from '../../domain/partner-list';
import { partnerStatuses } from '../../domain/sectors';
import { limits } from '../../domain/validation';
import { partners as partnerRepo, useLive } from '../../storage';
import { DateField } from '../../ui/DateField';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useUnsavedChangesGuard } from '../../ui/useUnsavedChangesGuard';
import { ContactsFieldset } from './ContactsFieldset';
import { SectorOptions } from './SectorOptions';
import { FormActions } from '../../ui/FormActions';

type PartnerOutput = z.output<typeof partnerInputSchema>;

interface PartnerFormProps {
  initial: PartnerInput;
  /** The partner being edited (so its own name is not reported as a duplicate). */
  editingId?: string;
  onSubmit: (values: PartnerOutput) => Promise<void>;
  onCancel: () => void;
}

export function PartnerForm({ initial, editingId, onSubmit, onCancel }: PartnerFormProps) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const { t: tv } = useTranslation('validation');
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<PartnerInput, unknown, PartnerOutput>({
    resolver: zodResolver(partnerInputSchema),
    defaultValues: initial,
    // Messages appear when saving, then update as the user types. Validating on blur
    // would insert a message as focus leaves a field, shifting the Save button away from
    // under the pointer between mousedown and mouseup, so the click is lost.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  const name = useWatch({ control, name: 'name' });
  const existing = useLive(() => partnerRepo.list());
  const duplicates = findDuplicateNames(name ?? '', existing ?? [], editingId);
  // Counted when a save is refused, from the errors handed to onInvalid: the rendered
  // `errors` object is not re-read for field-array errors at that moment.
  const [refusedCount, setRefusedCount] = useState(0);
  const guard = useUnsavedChangesGuard(isDirty);

  return (
    <form
      autoComplete="off"
      className="form"
      noValidate
      onSubmit={handleSubmit(
        async (values) => {
          setRefusedCount(0);
          await guard.whileSaving(() => onSubmit(values));
        },
        (invalid) => setRefusedCount(countErrors(invalid)),
      )}
    >
      {refusedCount > 0 && (
        <p className="form-summary" role="alert">
          {tv('summary', { count: refusedCount })}
        </p>
      )}
      <section className="card">
        <div className="form-grid">
          <TextField
            className="wide"
            label={t('fields.name')}
            hint={t('fields.nameHint')}
            required
            limit={limits.name}
            error={errors.name?.message}
            warning={duplicates.length > 0 ? t('duplicate', { names: duplicates.map((partner) => partner.name).join(', ') }) : undefined}
            {...register('name')}
          />
          <TextField
            label={t('fields.shortName')}
            hint={t('fields.shortNameHint')}
            limit={limits.shortName}
            error={errors.shortName?.message}
            {...register('shortName')}
          />
          <TextField label={t('fields.role')} limit={limits.role} error={errors.role?.message} {...register('role')} />
          <SelectField label={t('fields.sector')} error={errors.sector?.message} {...register('sector')}>
            <SectorOptions />
          </SelectField>
          <SelectField label={t('fields.status')} error={errors.status?.message} {...register('status')}>
            {partnerStatuses.map((status) => (
              <option key={status} value={status}>
                {tc(`partnerStatus.${status}`)}
              </option>
            ))}
          </SelectField>
          <Controller
            control={control}
            name="joinedOn"
            render={({ field, fieldState }) => (
              <DateField
                label={t('fields.joinedOn')}
                value={field.value ?? ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
          <TextAreaField
            className="wide"
            label={t('fields.notes')}
            hint={t('fields.notesHint')}
            limit={limits.notes}
            error={errors.notes?.message}
            {...register('notes')}
          />
        </div>
      </section>
      <ContactsFieldset control={control} register={register} errors={errors.contacts} />
      {guard.dialog}
      <FormActions onCancel={onCancel} isSubmitting={isSubmitting} />
    </form>
  );
}

/** Counts the fields with a message, contacts included. */
function countErrors(errors: object): number {
  let count = 0;
  for (const value of Object.values(errors)) {
    if (!value || typeof value !== 'object') continue;
    if ('message' in value && typeof value.message === 'string') count += 1;
    else count += countErrors(value);
  }
  return count;
}

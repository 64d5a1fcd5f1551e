import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  agreementInputSchema,
  agreementStatuses,
  categorySensitivity,
  dataCategories,
  type AgreementData,
  type AgreementInput,
  type DataCategory,
} from '../../domain/agreement';
import { localToday } from '../../domain/date-time';
import { retentionMonthLimits } from '../../domain/retention';
import { limits } from '../../domain/validation';
import { partners as partnerRepo, useLive } from '../../storage';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { DateField } from '../../ui/DateField';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { FormActions } from '../../ui/FormActions';
import { useUnsavedChangesGuard } from '../../ui/useUnsavedChangesGuard';
import { usePartnerChoices } from '../../ui/PartnerOptions';
import { LegalBasesField } from './LegalBasesField';
import { PartiesFieldset } from './PartiesFieldset';
import { SignatoriesFieldset } from './SignatoriesFieldset';
import './agreements.css';

interface AgreementFormProps {
  initial: AgreementInput;
  onSubmit: (values: AgreementData) => Promise<void>;
  onCancel: () => void;
}

/** Every field of an agreement, grouped as the detail page shows them. */
export function AgreementForm({ initial, onSubmit, onCancel }: AgreementFormProps) {
  const { t } = useTranslation('agreements');
  const { t: tv } = useTranslation('validation');
  const schema = useMemo(() => agreementInputSchema(localToday), []);
  const allPartners = useLive(() => partnerRepo.list());
  // Partners still in the network, and any party the agreement already names (marked former).
  const partnerChoices = usePartnerChoices(allPartners, { keep: (initial.parties ?? []).map((party) => party.partnerId) });
  // Counted from the errors handed to onInvalid: the rendered `errors` lag behind for field arrays.
  const [refused, setRefused] = useState(0);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<AgreementInput, unknown, AgreementData>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    // Messages appear on saving, then follow the typing; on blur they would move the Save button under the pointer.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const guard = useUnsavedChangesGuard(isDirty);
  const categoryLabel = (category: DataCategory) => {
    const sensitivity = categorySensitivity[category];
    const name = t(`vocab.categories.${category}`);
    return sensitivity ? `${name} – ${t(`vocab.sensitivity.${sensitivity}`)}` : name;
  };

  return (
    <form
      autoComplete="off"
      className="form"
      noValidate
      onSubmit={handleSubmit(
        (values) => {
          setRefused(0);
          return guard.whileSaving(() => onSubmit(values));
        },
        (invalid) => setRefused(countErrors(invalid)),
      )}
    >
      {refused > 0 && (
        <p className="form-summary" role="alert">
          {tv('summary', { count: refused })}
        </p>
      )}
      <fieldset>
        <legend>{t('sections.general')}</legend>
        <div className="form-grid">
          <TextField
            className="wide"
            label={t('fields.title')}
            hint={t('fields.titleHint')}
            required
            limit={limits.name}
            error={errors.title?.message}
            {...register('title')}
          />
          <SelectField label={t('fields.status')} hint={t('fields.statusHint')} error={errors.status?.message} {...register('status')}>
            {agreementStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`vocab.statuses.${status}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('fields.documentReference')}
            hint={t('fields.documentReferenceHint')}
            limit={limits.documentReference}
            error={errors.documentReference?.message}
            {...register('documentReference')}
          />
        </div>
      </fieldset>
      <PartiesFieldset control={control} register={register} errors={errors.parties} choices={partnerChoices} />
      <fieldset>
        <legend>{t('sections.purpose')}</legend>
        <div className="stack">
          <TextAreaField
            label={t('fields.purpose')}
            hint={t('fields.purposeHint')}
            required
            rows={3}
            limit={limits.notes}
            error={errors.purpose?.message}
            {...register('purpose')}
          />
          <Controller
            control={control}
            name="legalBases"
            render={({ field, fieldState }) => <LegalBasesField value={field.value ?? []} onChange={field.onChange} error={fieldState.error?.message} />}
          />
          <TextAreaField
            label={t('fields.legalBasisOther')}
            hint={t('fields.legalBasisOtherHint')}
            rows={2}
            limit={limits.notes}
            error={errors.legalBasisOther?.message}
            {...register('legalBasisOther')}
          />
        </div>
      </fieldset>
      <Controller
        control={control}
        name="dataCategories"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={t('sections.data')}
            options={dataCategories}
            label={categoryLabel}
            value={field.value ?? []}
            // Kept in the vocabulary's order, whatever order they were ticked in.
            onChange={(chosen) => field.onChange(dataCategories.filter((category) => chosen.includes(category)))}
            error={fieldState.error?.message}
          />
        )}
      />
      <fieldset>
        <legend>{t('sections.sharing')}</legend>
        <div className="form-grid">
          <TextAreaField
            label={t('fields.sharingMethod')}
            hint={t('fields.sharingMethodHint')}
            rows={3}
            limit={limits.notes}
            error={errors.sharingMethod?.message}
            {...register('sharingMethod')}
          />
          <TextAreaField
            label={t('fields.security')}
            hint={t('fields.securityHint')}
            rows={3}
            limit={limits.notes}
            error={errors.security?.message}
            {...register('security')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('sections.retention')}</legend>
        <div className="form-grid">
          <TextField
            label={t('fields.retentionPeriod')}
            hint={t('fields.retentionPeriodHint')}
            limit={limits.name}
            error={errors.retentionPeriod?.message}
            {...register('retentionPeriod')}
          />
          <TextField
            type="number"
            inputMode="numeric"
            min={retentionMonthLimits.min}
            max={retentionMonthLimits.max}
            step={1}
            label={t('fields.retentionMonths')}
            hint={t('fields.retentionMonthsHint')}
            error={errors.retentionMonths?.message}
            {...register('retentionMonths')}
          />
          <TextAreaField
            label={t('fields.deletionArrangements')}
            hint={t('fields.deletionArrangementsHint')}
            rows={3}
            limit={limits.notes}
            error={errors.deletionArrangements?.message}
            {...register('deletionArrangements')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('sections.dates')}</legend>
        <div className="form-grid three">
          {(['startDate', 'reviewDate', 'endDate'] as const).map((name) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field, fieldState }) => (
                <DateField
                  label={t(`fields.${name}`)}
                  hint={name === 'endDate' ? t('fields.endDateHint') : undefined}
                  value={field.value ?? ''}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
        </div>
      </fieldset>
      <SignatoriesFieldset control={control} register={register} errors={errors.signatories} />
      {guard.dialog}
      <FormActions onCancel={onCancel} isSubmitting={isSubmitting} />
    </form>
  );
}

/** Counts the fields with a message, rows of the lists and their list-wide messages included. */
function countErrors(errors: object): number {
  let count = 0;
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || !value || typeof value !== 'object') continue;
    if ('message' in value && typeof value.message === 'string') count += 1;
    else count += countErrors(value);
  }
  return count;
}

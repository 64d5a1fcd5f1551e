import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../domain/date-time';
import {
  ageBands,
  concernTypes,
  consentStates,
  genders,
  referralInputSchema,
  riskLevels,
  vulnerabilityFactors,
  type ReferralData,
  type ReferralInput,
} from '../../domain/referral';
import { limits } from '../../domain/validation';
import type { CoverageGap } from '../../domain/agreement-coverage';
import { CoverageGapError, partners as partnerRepo, useLive } from '../../storage';
import { CoverageWarningDialog } from './CoverageWarningDialog';
import { useCorrectionChoice, type CorrectionChoice } from './CorrectionFields';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { DateField } from '../../ui/DateField';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { FormActions } from '../../ui/FormActions';
import { useUnsavedChangesGuard } from '../../ui/useUnsavedChangesGuard';
import { PartnerOptions, usePartnerChoiceLabel, usePartnerChoices } from '../../ui/PartnerOptions';

interface ReferralFormProps {
  initial: ReferralInput;
  /** Saves; throws CoverageGapError (without saving) when the coordinator must acknowledge a gap first. */
  onSubmit: (values: ReferralData, acknowledgement?: string, correction?: CorrectionChoice) => Promise<void>;
  onCancel: () => void;
  /** Editing a recorded case: the change can be saved as a correction of wrong details (Art. 16). */
  correctable?: boolean;
}

export function ReferralForm({ initial, onSubmit, onCancel, correctable = false }: ReferralFormProps) {
  const { t } = useTranslation('referrals');
  const { t: tv } = useTranslation('validation');
  const schema = useMemo(() => referralInputSchema(localToday), []);
  // Partners still in the network, and any the case already names even if they left since
  // (marked former): editing an old case never silently drops its lead or referrer.
  const choices = usePartnerChoices(
    useLive(() => partnerRepo.list()),
    {
      keep: [initial.referringPartnerId, initial.leadPartnerId, ...(initial.involvedPartnerIds ?? [])],
    },
  );
  const choiceLabel = usePartnerChoiceLabel();
  const contacts = useLive(() => partnerRepo.listContacts()) ?? [];
  const [refused, setRefused] = useState(0);
  const correction = useCorrectionChoice();
  /** The correction to save with (undefined: a plain change), or null when its reason is refused. */
  const correctionChoice = () => (correctable ? correction.check() : undefined);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ReferralInput, unknown, ReferralData>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const guard = useUnsavedChangesGuard(isDirty);
  const [pending, setPending] = useState<{ values: ReferralData; gaps: CoverageGap[]; choice: CorrectionChoice } | null>(null);
  /** Saves; a coverage gap opens the warning instead, keeping what was entered. */
  const save = (values: ReferralData, choice: CorrectionChoice, acknowledgement?: string) =>
    guard.whileSaving(async () => {
      try {
        await onSubmit(values, acknowledgement, choice);
        setPending(null);
      } catch (error) {
        if (!(error instanceof CoverageGapError)) throw error;
        setPending({ values, gaps: error.gaps, choice });
      }
    });
  const referrer = useWatch({ control, name: 'referringPartnerId' });
  const consent = useWatch({ control, name: 'consent' });
  const partnerOptions = <PartnerOptions choices={choices} />;

  return (
    <>
      <form
        autoComplete="off"
        className="form"
        noValidate
        onSubmit={handleSubmit(
          (values) => {
            const choice = correctionChoice();
            setRefused(choice === null ? 1 : 0);
            return choice === null ? undefined : save(values, choice);
          },
          (invalid) => setRefused(Object.keys(invalid).length + (correctionChoice() === null ? 1 : 0)),
        )}
      >
        {refused > 0 && (
          <p className="form-summary" role="alert">
            {tv('summary', { count: refused })}
          </p>
        )}
        <fieldset>
          <legend>{t('fields.person')}</legend>
          <p className="hint muted">{t('fields.personHint')}</p>
          <div className="form-grid">
            <TextField label={t('fields.optionalLabel', { label: t('fields.initials') })} error={errors.initials?.message} {...register('initials')} />
            <SelectField label={t('fields.ageBand')} error={errors.ageBand?.message} {...register('ageBand')}>
              {ageBands.map((band) => (
                <option key={band} value={band}>
                  {t(`vocab.ageBands.${band}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('fields.optionalLabel', { label: t('fields.gender') })} error={errors.gender?.message} {...register('gender')}>
              {genders.map((gender) => (
                <option key={gender} value={gender}>
                  {t(`vocab.genders.${gender}`)}
                </option>
              ))}
            </SelectField>
            <TextField label={t('fields.area')} limit={limits.area} error={errors.area?.message} {...register('area')} />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('fields.referral')}</legend>
          <div className="form-grid">
            <SelectField label={t('fields.referringPartner')} error={errors.referringPartnerId?.message} {...register('referringPartnerId')}>
              <option value="">{t('fields.choosePartner')}</option>
              {partnerOptions}
            </SelectField>
            <SelectField label={t('fields.optionalLabel', { label: t('fields.referringContact') })} disabled={!referrer} {...register('referringContactId')}>
              <option value="">{t('fields.anyContact')}</option>
              {contacts
                .filter((contact) => contact.partnerId === referrer)
                .map((contact) => (
                  <option key={contact.id} value={contact.id}>
                    {contact.name}
                  </option>
                ))}
            </SelectField>
            <Controller
              control={control}
              name="receivedOn"
              render={({ field, fieldState }) => (
                <DateField label={t('fields.receivedOn')} value={field.value ?? ''} onChange={field.onChange} error={fieldState.error?.message} />
              )}
            />
            <SelectField label={t('fields.leadPartner')} {...register('leadPartnerId')}>
              <option value="">{t('fields.noLead')}</option>
              {partnerOptions}
            </SelectField>
            <div className="wide">
              <Controller
                control={control}
                name="involvedPartnerIds"
                render={({ field }) => (
                  <CheckboxGroup
                    legend={t('fields.involved')}
                    options={choices.map((choice) => choice.id)}
                    label={(id) => {
                      const choice = choices.find((candidate) => candidate.id === id);
                      return choice ? choiceLabel(choice) : id;
                    }}
                    value={field.value ?? []}
                    onChange={field.onChange}
                  />
                )}
              />
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('fields.concern')}</legend>
          <div className="stack">
            <Controller
              control={control}
              name="concernTypes"
              render={({ field, fieldState }) => (
                <CheckboxGroup
                  legend={t('fields.concernTypes')}
                  options={concernTypes}
                  label={(code) => t(`vocab.concerns.${code}`)}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                />
              )}
            />
            <Controller
              control={control}
              name="vulnerabilities"
              render={({ field }) => (
                <CheckboxGroup
                  legend={t('fields.vulnerabilities')}
                  options={vulnerabilityFactors}
                  label={(code) => t(`vocab.vulnerabilities.${code}`)}
                  value={field.value ?? []}
                  onChange={field.onChange}
                />
              )}
            />
            <TextAreaField
              label={t('fields.summary')}
              hint={t('fields.summaryHint')}
              rows={4}
              limit={limits.notes}
              error={errors.summary?.message}
              {...register('summary')}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>
            {t('fields.consent')} · {t('fields.risk')}
          </legend>
          <div className="form-grid">
            <SelectField label={t('fields.consentState')} error={errors.consent?.message} {...register('consent')}>
              {consentStates.map((state) => (
                <option key={state} value={state}>
                  {t(`vocab.consent.${state}`)}
                </option>
              ))}
            </SelectField>
            <div />
            {consent === 'obtained' && (
              <>
                <TextField label={t('fields.consentFrom')} limit={limits.name} error={errors.consentFrom?.message} {...register('consentFrom')} />
                <Controller
                  control={control}
                  name="consentOn"
                  render={({ field, fieldState }) => (
                    <DateField label={t('fields.consentOn')} value={field.value ?? ''} onChange={field.onChange} error={fieldState.error?.message} />
                  )}
                />
              </>
            )}
            {consent === 'not_obtained' && (
              <TextAreaField
                className="wide"
                label={t('fields.consentJustification')}
                rows={3}
                limit={limits.notes}
                error={errors.consentJustification?.message}
                {...register('consentJustification')}
              />
            )}
            <SelectField label={t('fields.riskLevel')} error={errors.riskLevel?.message} {...register('riskLevel')}>
              {riskLevels.map((level) => (
                <option key={level} value={level}>
                  {t(`vocab.risk.${level}`)}
                </option>
              ))}
            </SelectField>
            <Controller
              control={control}
              name="riskAssessedOn"
              render={({ field, fieldState }) => (
                <DateField label={t('fields.riskAssessedOn')} value={field.value ?? ''} onChange={field.onChange} error={fieldState.error?.message} />
              )}
            />
          </div>
        </fieldset>
        {correctable && correction.fields}
        {guard.dialog}
        <FormActions onCancel={onCancel} isSubmitting={isSubmitting} />
      </form>
      {/* Outside the form: React bubbles the dialog's submit through the portal to an enclosing form. */}
      <CoverageWarningDialog
        gaps={pending?.gaps ?? null}
        onCancel={() => setPending(null)}
        onAcknowledge={(reason) => save(pending!.values, pending!.choice, reason)}
      />
    </>
  );
}

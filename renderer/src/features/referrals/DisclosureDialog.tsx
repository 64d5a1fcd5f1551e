/**
 * Logging one disclosure: from whom to whom, when, what, why, consent, and the agreement it
 * was shared under (offered: the agreements in force binding both partners). Without one,
 * the form asks why it was shared anyway.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dataCategories, type Agreement } from '../../domain/agreement';
import { pairCoverage, type CoverageMatrix } from '../../domain/agreement-coverage';
import { localToday } from '../../domain/date-time';
import { disclosureConsents, disclosureInputSchema, type DisclosureData, type DisclosureInput } from '../../domain/disclosure';
import type { Partner } from '../../domain/partner';
import type { Referral } from '../../domain/referral';
import { casePartnerIds, referralDataCategories } from '../../domain/referral-data-categories';
import { limits } from '../../domain/validation';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { DateField } from '../../ui/DateField';
import { SelectField, TextAreaField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import { PartnerOptions, usePartnerChoices } from '../../ui/PartnerOptions';

interface DisclosureDialogProps {
  isOpen: boolean;
  referral: Referral;
  partners: readonly Partner[];
  agreements: readonly Agreement[];
  /** Agreements in force today, by pair: those binding both partners are offered. */
  matrix: CoverageMatrix;
  onCancel: () => void;
  /** Stores the entry; says whether it was stored (a failure has been reported to the user). */
  onSave: (values: DisclosureData) => Promise<boolean>;
}

function blank(referral: Referral): DisclosureInput {
  const [from = '', to = ''] = casePartnerIds(referral);
  return {
    sharedOn: localToday(),
    fromPartnerId: from,
    toPartnerId: to,
    dataCategories: referralDataCategories(referral),
    description: '',
    purpose: '',
    consent: referral.consent === 'obtained' ? 'with_consent' : 'without_consent',
    agreementId: '',
    noAgreementReason: '',
  };
}

export function DisclosureDialog({ isOpen, referral, partners, agreements, matrix, onCancel, onSave }: DisclosureDialogProps) {
  const { t } = useTranslation('referrals');
  const { t: ta } = useTranslation('agreements');
  const schema = useMemo(() => disclosureInputSchema(localToday), []);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<DisclosureInput, unknown, DisclosureData>({
    resolver: zodResolver(schema),
    defaultValues: blank(referral),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [from, to, agreementId, chosen] = useWatch({ control, name: ['fromPartnerId', 'toPartnerId', 'agreementId', 'dataCategories'] });
  const choices = usePartnerChoices(partners, { keep: [from, to] });
  const offered = useMemo(
    () => pairCoverage(matrix, from, to).agreementIds.flatMap((id) => agreements.filter((agreement) => agreement.id === id)),
    [matrix, from, to, agreements],
  );
  const selected = offered.find((agreement) => agreement.id === agreementId);
  const notCovered = selected ? (chosen ?? []).filter((code) => !selected.dataCategories.includes(code)) : [];

  // The agreement follows the pair: the only one offered is chosen, one no longer offered is dropped.
  useEffect(() => {
    const ids = offered.map((agreement) => agreement.id);
    if (agreementId && !ids.includes(agreementId)) setValue('agreementId', '');
    if (!agreementId && ids.length === 1) setValue('agreementId', ids[0]!);
  }, [offered, agreementId, setValue]);

  const close = () => {
    reset(blank(referral));
    onCancel();
  };
  // Partners still in the network; one already chosen (the case's lead, say) stays, marked former.
  const partnerOptions = <PartnerOptions choices={choices} />;
  return (
    <FormDialog
      isOpen={isOpen}
      wide
      title={t('disclosures.add')}
      submitLabel={t('disclosures.save')}
      busy={isSubmitting}
      onCancel={close}
      onSubmit={() =>
        void handleSubmit(async (values) => {
          if (await onSave(values)) reset(blank(referral));
        })()
      }
    >
      <div className="scroll-body stack">
        <div className="form-grid">
          <Controller
            control={control}
            name="sharedOn"
            render={({ field, fieldState }) => (
              <DateField label={t('disclosures.sharedOn')} value={field.value ?? ''} onChange={field.onChange} error={fieldState.error?.message} />
            )}
          />
          <SelectField label={t('disclosures.consent')} error={errors.consent?.message} {...register('consent')}>
            {disclosureConsents.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.disclosureConsent.${code}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('disclosures.from')} error={errors.fromPartnerId?.message} {...register('fromPartnerId')}>
            <option value="">{t('fields.choosePartner')}</option>
            {partnerOptions}
          </SelectField>
          <SelectField label={t('disclosures.to')} error={errors.toPartnerId?.message} {...register('toPartnerId')}>
            <option value="">{t('fields.choosePartner')}</option>
            {partnerOptions}
          </SelectField>
        </div>
        <Controller
          control={control}
          name="dataCategories"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend={t('disclosures.categories')}
              options={dataCategories}
              label={(code) => ta(`vocab.categories.${code}`)}
              value={field.value ?? []}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <TextAreaField
          label={t('disclosures.description')}
          hint={t('disclosures.descriptionHint')}
          rows={2}
          limit={limits.notes}
          error={errors.description?.message}
          {...register('description')}
        />
        <TextAreaField label={t('disclosures.purpose')} rows={2} limit={limits.notes} error={errors.purpose?.message} {...register('purpose')} />
        <SelectField
          label={t('disclosures.agreement')}
          error={errors.agreementId?.message}
          warning={
            from && to && offered.length === 0
              ? t('disclosures.noAgreementForPair')
              : notCovered.length > 0
                ? t('disclosures.notCovered', { categories: notCovered.map((code) => ta(`vocab.categories.${code}`)).join(', ') })
                : undefined
          }
          {...register('agreementId')}
        >
          <option value="">{t('disclosures.withoutAgreement')}</option>
          {offered.map((agreement) => (
            <option key={agreement.id} value={agreement.id}>
              {agreement.title}
            </option>
          ))}
        </SelectField>
        {!agreementId && (
          <TextAreaField
            label={t('disclosures.noAgreementReason')}
            rows={2}
            limit={limits.notes}
            error={errors.noAgreementReason?.message}
            {...register('noAgreementReason')}
          />
        )}
      </div>
    </FormDialog>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../domain/partner';
import { riskEditionInputSchema, type RiskEditionData, type RiskEditionInput } from '../../domain/risk-picture';
import { partners as partnerRepo, useLive } from '../../storage';
import { countFieldErrors } from '../../ui/form-errors';
import { FormActions } from '../../ui/FormActions';
import { usePartnerChoices } from '../../ui/PartnerOptions';
import { useUnsavedChangesGuard } from '../../ui/useUnsavedChangesGuard';
import { FactorsSection } from './FactorsSection';
import { GapsSection } from './GapsSection';
import { GeneralSection } from './GeneralSection';
import { SourcesSection } from './SourcesSection';
import { ThreatsSection } from './ThreatsSection';
import './risk-picture.css';

interface EditionFormProps {
  initial: RiskEditionInput;
  onSubmit: (values: RiskEditionData) => Promise<void>;
  onCancel: () => void;
}

/**
 * A draft edition, section by section; validated by the edition's schema on saving. The form
 * opens once the partners are read: a partner select registered before its options exist
 * would show "please choose" over the source's stored partner.
 */
export function EditionForm(props: EditionFormProps) {
  const { t } = useTranslation();
  // The overview's coverage is worked out from every partner (a few hundred); the pickers use them too.
  const allPartners = useLive(() => partnerRepo.list());
  if (allPartners === undefined) return <p className="muted">{t('loading')}</p>;
  return <LoadedEditionForm {...props} allPartners={allPartners} />;
}

function LoadedEditionForm({ initial, onSubmit, onCancel, allPartners }: EditionFormProps & { allPartners: Partner[] }) {
  const { t } = useTranslation('riskPicture');
  const { t: tv } = useTranslation('validation');
  const named = [...initial.threats.flatMap((threat) => threat.partnerIds ?? []), ...initial.sources.map((source) => source.partnerId ?? '')];
  const partnerChoices = usePartnerChoices(allPartners, { keep: named });
  const [refused, setRefused] = useState(0);
  const form = useForm<RiskEditionInput, unknown, RiskEditionData>({
    resolver: zodResolver(riskEditionInputSchema),
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  const guard = useUnsavedChangesGuard(isDirty);
  const section = { control, register, errors };
  return (
    <FormProvider {...form}>
      <form
        autoComplete="off"
        className="form risk-edition-form"
        noValidate
        onSubmit={handleSubmit(
          (values) => {
            setRefused(0);
            return guard.whileSaving(() => onSubmit(values));
          },
          (invalid) => setRefused(countFieldErrors(invalid)),
        )}
      >
        {refused > 0 && (
          <p className="form-summary" role="alert">
            {tv('summary', { count: refused })}
          </p>
        )}
        <p className="hint">{t('marking.explain')}</p>
        <GeneralSection {...section} />
        <ThreatsSection {...section} partnerChoices={partnerChoices} />
        <SourcesSection {...section} partnerChoices={partnerChoices} />
        <FactorsSection {...section} />
        <GapsSection {...section} partners={allPartners} />
        {guard.dialog}
        <FormActions onCancel={onCancel} isSubmitting={isSubmitting} />
      </form>
    </FormProvider>
  );
}

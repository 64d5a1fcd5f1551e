import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { legalBases, type LegalBasis } from '../../domain/agreement';
import { homeJurisdiction, legalBasisGroups } from '../../domain/legal-basis-order';
import { useLanguage } from '../../i18n';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { FieldMessage } from '../../ui/FieldMessage';

interface LegalBasesFieldProps {
  value: readonly LegalBasis[];
  onChange: (value: LegalBasis[]) => void;
  error?: string;
}

/** The legal bases, UK and German/EU side by side (projects across both mix them), the UI language's jurisdiction first. */
export function LegalBasesField({ value, onChange, error }: LegalBasesFieldProps) {
  const { t } = useTranslation('agreements');
  const groups = legalBasisGroups(homeJurisdiction(useLanguage()));
  const errorId = useId();
  return (
    <fieldset className="legal-bases" aria-describedby={error ? errorId : undefined} aria-invalid={Boolean(error) || undefined}>
      <legend>{t('fields.legalBases')}</legend>
      <div className="legal-basis-groups">
        {groups.map((group) => (
          <CheckboxGroup
            key={group.jurisdiction}
            legend={t(`vocab.legalBasisGroups.${group.jurisdiction}`)}
            options={group.bases}
            label={(basis) => t(`vocab.legalBases.${basis}`)}
            value={value.filter((basis) => group.bases.includes(basis))}
            onChange={(chosen) => {
              const kept = value.filter((basis) => !group.bases.includes(basis));
              onChange(legalBases.filter((basis) => kept.includes(basis) || chosen.includes(basis)));
            }}
          />
        ))}
      </div>
      {error && <FieldMessage id={errorId} message={error} />}
    </fieldset>
  );
}

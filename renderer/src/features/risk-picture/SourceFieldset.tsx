import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PartnerChoice } from '../../domain/partner-choices';
import { informationCredibilities, riskSourceKinds, sourceReliabilities } from '../../domain/risk-picture';
import { limits } from '../../domain/validation';
import { DateField } from '../../ui/DateField';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { PartnerOptions } from '../../ui/PartnerOptions';
import type { SectionProps } from './form-types';

interface SourceFieldsetProps extends SectionProps {
  index: number;
  partnerChoices: PartnerChoice[];
  onRemove: () => void;
}

/** One source: kind (and partner), title, date, reliability A–F and credibility 1–6, note. */
export function SourceFieldset({ index, control, register, errors, partnerChoices, onRemove }: SourceFieldsetProps) {
  const { t } = useTranslation('riskPicture');
  const { t: tc } = useTranslation();
  const number = index + 1;
  const sourceErrors = errors.sources?.[index];
  const kind = useWatch({ control, name: `sources.${index}.kind` });
  return (
    <fieldset className="risk-item source">
      <legend>{t('sources.numbered', { number })}</legend>
      <div className="stack">
        <div className="form-grid">
          <SelectField label={t('sources.kind')} error={sourceErrors?.kind?.message} {...register(`sources.${index}.kind`)}>
            {riskSourceKinds.map((value) => (
              <option key={value} value={value}>
                {t(`sourceKinds.${value}`)}
              </option>
            ))}
          </SelectField>
          {kind === 'partner' && (
            <SelectField label={t('sources.partner')} error={sourceErrors?.partnerId?.message} {...register(`sources.${index}.partnerId`)}>
              <option value="">{t('sources.choosePartner')}</option>
              <PartnerOptions choices={partnerChoices} />
            </SelectField>
          )}
        </div>
        <div className="form-grid">
          <TextField
            label={t('sources.title')}
            hint={t('sources.titleHint')}
            required
            limit={limits.name}
            error={sourceErrors?.title?.message}
            {...register(`sources.${index}.title`)}
          />
          <Controller
            control={control}
            name={`sources.${index}.date`}
            render={({ field, fieldState }) => (
              <DateField
                label={t('sources.date')}
                value={field.value ?? ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
        </div>
        <div className="form-grid">
          <SelectField label={t('sources.reliability')} error={sourceErrors?.reliability?.message} {...register(`sources.${index}.reliability`)}>
            {sourceReliabilities.map((grade) => (
              <option key={grade} value={grade}>
                {t(`admiralty.reliability.${grade}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('sources.credibility')} error={sourceErrors?.credibility?.message} {...register(`sources.${index}.credibility`)}>
            {informationCredibilities.map((grade) => (
              <option key={grade} value={grade}>
                {t(`admiralty.credibility.${grade}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField label={t('sources.note')} rows={2} limit={limits.notes} error={sourceErrors?.note?.message} {...register(`sources.${index}.note`)} />
        <div className="row">
          <button type="button" className="button quiet" onClick={onRemove} aria-label={t('sources.remove', { number })}>
            {tc('actions.remove')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}

import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { riskScaleValues, riskTrends, type RiskScaleValue } from '../../domain/risk-picture';
import type { PartnerChoice } from '../../domain/partner-choices';
import { concernTypes } from '../../domain/referral';
import { limits } from '../../domain/validation';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import type { SectionProps } from './form-types';
import { RatingBadge } from './RatingBadge';
import { ThreatResponse } from './ThreatResponse';

interface ThreatFieldsetProps extends SectionProps {
  index: number;
  partnerChoices: PartnerChoice[];
  onRemove: () => void;
}

/** One threat: what it is, where and whom it concerns, its trend and rating, the evidence, the response. */
export function ThreatFieldset({ index, control, register, errors, partnerChoices, onRemove }: ThreatFieldsetProps) {
  const { t } = useTranslation('riskPicture');
  const { t: tr } = useTranslation('referrals');
  const { t: tc } = useTranslation();
  const number = index + 1;
  const threatErrors = errors.threats?.[index];
  const [concern, title, likelihood, impact] = useWatch({
    control,
    name: [`threats.${index}.concern`, `threats.${index}.title`, `threats.${index}.likelihood`, `threats.${index}.impact`],
  });
  const sources = useWatch({ control, name: 'sources' }) ?? [];
  const heading = title?.trim() || (concern ? tr(`vocab.concerns.${concern}`) : '');
  const scaleOption = (value: RiskScaleValue) => (
    <option key={value} value={value}>
      {t('scale.option', { value, word: t(`scale.words.${value}`) })}
    </option>
  );
  const asNumber = { setValueAs: (value: unknown) => Number(value) };
  return (
    <fieldset className="risk-item threat">
      <legend>{t('threats.numbered', { number, heading })}</legend>
      <div className="stack">
        <div className="form-grid">
          <SelectField
            label={t('threats.concern')}
            hint={t('threats.concernHint')}
            error={threatErrors?.concern?.message}
            {...register(`threats.${index}.concern`)}
          >
            {concernTypes.map((type) => (
              <option key={type} value={type}>
                {tr(`vocab.concerns.${type}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('threats.title')}
            hint={t('threats.titleHint')}
            limit={limits.name}
            error={threatErrors?.title?.message}
            {...register(`threats.${index}.title`)}
          />
        </div>
        <TextAreaField
          label={t('threats.description')}
          rows={3}
          limit={limits.notes}
          error={threatErrors?.description?.message}
          {...register(`threats.${index}.description`)}
        />
        <div className="form-grid">
          <TextField
            label={t('threats.areas')}
            hint={t('threats.areasHint')}
            limit={limits.role}
            error={threatErrors?.areas?.message}
            {...register(`threats.${index}.areas`)}
          />
          <TextField
            label={t('threats.groups')}
            hint={t('threats.groupsHint')}
            limit={limits.role}
            error={threatErrors?.groups?.message}
            {...register(`threats.${index}.groups`)}
          />
        </div>
        <div className="form-grid three rating-row">
          <SelectField label={t('threats.trend')} error={threatErrors?.trend?.message} {...register(`threats.${index}.trend`)}>
            {riskTrends.map((trend) => (
              <option key={trend} value={trend}>
                {t(`trends.${trend}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('threats.likelihood')} error={threatErrors?.likelihood?.message} {...register(`threats.${index}.likelihood`, asNumber)}>
            {riskScaleValues.map(scaleOption)}
          </SelectField>
          <SelectField label={t('threats.impact')} error={threatErrors?.impact?.message} {...register(`threats.${index}.impact`, asNumber)}>
            {riskScaleValues.map(scaleOption)}
          </SelectField>
        </div>
        <p className="rating-line" aria-live="polite">
          {t('threats.rating')}: <RatingBadge likelihood={Number(likelihood) || 1} impact={Number(impact) || 1} />
        </p>
        <Controller
          control={control}
          name={`threats.${index}.sourceIds`}
          render={({ field, fieldState }) =>
            sources.length === 0 ? (
              <p className="muted">{t('threats.noSources')}</p>
            ) : (
              <CheckboxGroup
                legend={t('threats.sources')}
                options={sources.map((source) => source.id)}
                label={(id) =>
                  sourceLabel(
                    sources.find((source) => source.id === id),
                    t('sources.untitled'),
                  )
                }
                value={field.value ?? []}
                onChange={field.onChange}
                error={fieldState.error?.message}
              />
            )
          }
        />
        <ThreatResponse index={index} control={control} partnerChoices={partnerChoices} errors={threatErrors} />
        <div className="row">
          <button type="button" className="button quiet" onClick={onRemove} aria-label={t('threats.remove', { number })}>
            {tc('actions.remove')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}

/** A source as a threat's evidence list names it: its title and its grading ("B2"). */
function sourceLabel(source: { title?: string; reliability?: string; credibility?: string } | undefined, untitled: string): string {
  if (!source) return '';
  const title = source.title?.trim() || untitled;
  return `${title} (${source.reliability ?? ''}${source.credibility ?? ''})`;
}

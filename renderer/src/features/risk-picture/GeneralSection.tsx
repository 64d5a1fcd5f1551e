import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { limits } from '../../domain/validation';
import { DateField } from '../../ui/DateField';
import { TextAreaField, TextField } from '../../ui/fields';
import type { SectionProps } from './form-types';
import { MarkingField } from './MarkingField';

/** Title, the period the picture covers, and the summary. */
export function GeneralSection({ control, register, errors }: SectionProps) {
  const { t } = useTranslation('riskPicture');
  return (
    <fieldset>
      <legend>{t('sections.general')}</legend>
      <div className="stack">
        <TextField label={t('fields.title')} required limit={limits.name} error={errors.title?.message} {...register('title')} />
        <div className="form-grid">
          {(['periodStart', 'periodEnd'] as const).map((name) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field, fieldState }) => (
                <DateField
                  label={t(`fields.${name}`)}
                  hint={name === 'periodEnd' ? t('fields.periodHint') : undefined}
                  value={field.value ?? ''}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
        </div>
        <TextAreaField
          label={t('fields.summary')}
          hint={t('fields.summaryHint')}
          rows={5}
          limit={limits.minutes}
          error={errors.summary?.message}
          {...register('summary')}
        />
        <div className="form-grid">
          <MarkingField section="summary" register={register} errors={errors} />
          <MarkingField section="caseFigures" register={register} errors={errors} />
        </div>
      </div>
    </fieldset>
  );
}

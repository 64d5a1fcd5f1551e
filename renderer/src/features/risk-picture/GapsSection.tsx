import { useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../domain/partner';
import { riskPictureLimits } from '../../domain/risk-picture';
import { sectorCodes } from '../../domain/sectors';
import { limits } from '../../domain/validation';
import { FieldMessage } from '../../ui/FieldMessage';
import { SelectField, TextAreaField } from '../../ui/fields';
import { AddWithinLimit } from './AddWithinLimit';
import { uncoveredSectors } from './coverage-gaps';
import { newGap } from './edition-form-values';
import type { SectionProps } from './form-types';
import { MarkingField } from './MarkingField';

/**
 * Gaps in the network's response, optionally the sector no partner covers yet. The coverage
 * gaps are taken over as the overview finds them (coverage-gaps.ts).
 */
export function GapsSection({ control, register, errors, partners }: SectionProps & { partners: readonly Partner[] | undefined }) {
  const { t } = useTranslation('riskPicture');
  const { t: tc } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'gaps', keyName: 'key' });
  const gaps = useWatch({ control, name: 'gaps' }) ?? [];
  const [taken, setTaken] = useState<number | null>(null);
  const uncovered = partners
    ? uncoveredSectors(
        partners,
        gaps.map((gap) => gap.sector ?? ''),
      )
    : [];
  const listError = errors.gaps?.root?.message ?? errors.gaps?.message;
  const takeOver = () => {
    append(uncovered.map((sector) => newGap(t('gaps.fromCoverage', { sector: tc(`sectors.${sector}`) }), sector)));
    setTaken(uncovered.length);
  };
  return (
    <fieldset>
      <legend>{t('sections.gaps')}</legend>
      <div className="stack">
        <MarkingField section="gaps" register={register} errors={errors} />
        {listError && <FieldMessage id="risk-gaps-error" message={listError} />}
        {fields.length === 0 && <p className="muted">{t('gaps.none')}</p>}
        {fields.map((field, index) => (
          <div key={field.key} className="list-row form-grid">
            <TextAreaField
              label={t('gaps.numbered', { number: index + 1 })}
              rows={2}
              limit={limits.notes}
              error={errors.gaps?.[index]?.text?.message}
              {...register(`gaps.${index}.text`)}
            />
            <SelectField label={t('gaps.sector')} error={errors.gaps?.[index]?.sector?.message} {...register(`gaps.${index}.sector`)}>
              <option value="">{t('gaps.noSector')}</option>
              {sectorCodes.map((sector) => (
                <option key={sector} value={sector}>
                  {tc(`sectors.${sector}`)}
                </option>
              ))}
            </SelectField>
            <button type="button" className="button quiet" onClick={() => remove(index)} aria-label={t('gaps.remove', { number: index + 1 })}>
              {tc('actions.remove')}
            </button>
          </div>
        ))}
        <div className="row">
          <AddWithinLimit label={t('gaps.add')} count={fields.length} max={riskPictureLimits.gaps} onAdd={() => append(newGap())} />
          <AddWithinLimit
            label={t('gaps.takeOver')}
            count={fields.length}
            adding={uncovered.length}
            max={riskPictureLimits.gaps}
            onAdd={uncovered.length === 0 ? () => setTaken(0) : takeOver}
          />
        </div>
        {taken !== null && (
          <p role="status" className="hint">
            {taken === 0 ? t('gaps.takenNone') : t('gaps.taken', { count: taken })}
          </p>
        )}
      </div>
    </fieldset>
  );
}

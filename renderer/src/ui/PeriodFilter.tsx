/**
 * The period of a page (the figures, the data-protection officer's disclosure log): from and to dates, and quick choices. A date is taken once it is
 * a whole, real date and the period is one (end on or after start); until then the figures
 * shown stay those of the last period taken, and the field says what is wrong.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiguresPeriod } from '../domain/figures-period';
import { DateField } from './DateField';
import { isUsablePeriod, quickPeriod, quickPeriods } from './period-query';
import './period-filter.css';

export function PeriodFilter({ period, today, onChange }: { period: FiguresPeriod; today: string; onChange: (period: FiguresPeriod) => void }) {
  const { t } = useTranslation('figures');
  const [draft, setDraft] = useState(period);
  // A period that arrives from elsewhere (a link, the sidebar entry without one) replaces the draft.
  const [shown, setShown] = useState(period);
  if (shown.start !== period.start || shown.end !== period.end) {
    setShown(period);
    setDraft(period);
  }
  const change = (next: FiguresPeriod) => {
    setDraft(next);
    if (isUsablePeriod(next)) onChange(next);
  };
  const endBeforeStart = draft.start !== '' && draft.end !== '' && draft.end < draft.start;
  return (
    <fieldset className="figures-period card">
      <legend>{t('page.period')}</legend>
      <div className="figures-period-fields">
        <DateField label={t('page.from')} value={draft.start} onChange={(start) => change({ ...draft, start })} />
        <DateField
          label={t('page.to')}
          value={draft.end}
          onChange={(end) => change({ ...draft, end })}
          error={endBeforeStart ? t('page.endBeforeStart') : undefined}
        />
        <div className="figures-quick" role="group" aria-label={t('page.quick')}>
          {quickPeriods.map((choice) => {
            const chosen = quickPeriod(choice, today);
            const current = chosen.start === period.start && chosen.end === period.end;
            return (
              <button key={choice} type="button" className="button quiet" aria-pressed={current} onClick={() => change(chosen)}>
                {t(`page.${choice}`)}
              </button>
            );
          })}
        </div>
      </div>
    </fieldset>
  );
}

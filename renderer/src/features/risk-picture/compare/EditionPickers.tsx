import { useTranslation } from 'react-i18next';
import type { riskPictures } from '../../../storage';
import { SelectField } from '../../../ui/fields';
import type { ComparePair } from './compare-params';

/** An edition as the list of editions has it (no threat text). */
export type RiskEditionSummary = Awaited<ReturnType<typeof riskPictures.list>>[number];

interface EditionPickersProps {
  editions: readonly RiskEditionSummary[];
  /** The editions shown ('' when none, or when the one asked for is not there). */
  pair: ComparePair;
  period: (edition: RiskEditionSummary) => string;
  onChoose: (pair: ComparePair) => void;
}

/** The two editions to compare: earlier and later, each any edition (newest first). */
export function EditionPickers({ editions, pair, period, onChoose }: EditionPickersProps) {
  const { t } = useTranslation('riskPicture');
  const options = (
    <>
      <option value="">{t('compare.choose')}</option>
      {editions.map((edition) => (
        <option key={edition.id} value={edition.id}>
          {t('compare.option', {
            number: edition.editionNumber,
            title: edition.title,
            period: period(edition),
            status: t(`compare.statuses.${edition.status}`),
          })}
        </option>
      ))}
    </>
  );
  return (
    <div className="toolbar compare-pickers">
      <SelectField label={t('compare.from')} value={pair.fromId} onChange={(event) => onChoose({ ...pair, fromId: event.target.value })}>
        {options}
      </SelectField>
      <SelectField label={t('compare.to')} value={pair.toId} onChange={(event) => onChoose({ ...pair, toId: event.target.value })}>
        {options}
      </SelectField>
    </div>
  );
}

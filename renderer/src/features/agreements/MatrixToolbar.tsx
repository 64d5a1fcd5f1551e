import { useTranslation } from 'react-i18next';
import type { MatrixFilter } from '../../domain/coverage-matrix-view';
import { coreSectors, growthSectors, type SectorCode } from '../../domain/sectors';
import { SelectField, TextField } from '../../ui/fields';

interface MatrixToolbarProps {
  filter: MatrixFilter;
  onChange: (change: Partial<MatrixFilter>) => void;
  /** Present while a filter is set. */
  onClear: (() => void) | undefined;
}

/** Which partners the matrix shows: a sector, part of a name, and whether those without an agreement in force too. */
export function MatrixToolbar({ filter, onChange, onClear }: MatrixToolbarProps) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const sectorGroup = (label: string, sectors: readonly SectorCode[]) => (
    <optgroup label={label}>
      {sectors.map((sector) => (
        <option key={sector} value={sector}>
          {tc(`sectors.${sector}`)}
        </option>
      ))}
    </optgroup>
  );
  return (
    <div className="matrix-toolbar" role="search" aria-label={t('matrix.filterLabel')}>
      <SelectField label={t('matrix.sector')} value={filter.sector} onChange={(event) => onChange({ sector: event.target.value as MatrixFilter['sector'] })}>
        <option value="">{t('matrix.allSectors')}</option>
        {sectorGroup(tc('sectorGroups.core'), coreSectors)}
        {sectorGroup(tc('sectorGroups.growth'), growthSectors)}
      </SelectField>
      <TextField type="search" label={t('matrix.name')} value={filter.name} onChange={(event) => onChange({ name: event.target.value })} />
      <label className="checkbox matrix-scope">
        <input
          autoComplete="off"
          type="checkbox"
          checked={filter.scope === 'all'}
          onChange={(event) => onChange({ scope: event.target.checked ? 'all' : 'in_force' })}
        />
        {t('matrix.includeUncovered')}
      </label>
      {onClear && (
        <button type="button" className="button quiet" onClick={onClear}>
          {t('list.clearFilters')}
        </button>
      )}
    </div>
  );
}

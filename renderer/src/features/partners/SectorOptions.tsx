import { useTranslation } from 'react-i18next';
import { coreSectors, growthSectors } from '../../domain/sectors';

/** The sector <option>s, grouped into core sectors and sectors the network wants to add. */
export function SectorOptions() {
  const { t } = useTranslation();
  return (
    <>
      <optgroup label={t('sectorGroups.core')}>
        {coreSectors.map((sector) => (
          <option key={sector} value={sector}>
            {t(`sectors.${sector}`)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('sectorGroups.growth')}>
        {growthSectors.map((sector) => (
          <option key={sector} value={sector}>
            {t(`sectors.${sector}`)}
          </option>
        ))}
      </optgroup>
    </>
  );
}

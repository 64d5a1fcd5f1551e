import { useTranslation } from 'react-i18next';
import type { CoverageGap } from '../../domain/agreement-coverage';
import type { Partner } from '../../domain/partner';

/** "Schule am Park ↔ Jugendhilfe: Identity, Health" for each gap. */
export function CoverageGapList({ gaps, partners }: { gaps: readonly CoverageGap[]; partners: readonly Partner[] }) {
  const { t } = useTranslation('agreements');
  const name = (id: string) => partners.find((partner) => partner.id === id)?.name ?? id;
  return (
    <ul className="gap-list">
      {gaps.map((gap) => (
        <li key={gap.partnerIds.join('|')}>
          <strong>
            {name(gap.partnerIds[0])} ↔ {name(gap.partnerIds[1])}
          </strong>
          : {gap.missing.map((code) => t(`vocab.categories.${code}`)).join(', ')}
        </li>
      ))}
    </ul>
  );
}

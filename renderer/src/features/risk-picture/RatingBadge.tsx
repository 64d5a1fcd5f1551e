import { useTranslation } from 'react-i18next';
import { rateThreat } from '../../domain/risk-rating';
import './rating-badge.css';

/**
 * A threat's rating as the matrix colours it: "Red · 16", with the level in words, so the
 * colour is never the only sign (colour-blind readers, black-and-white prints).
 */
export function RatingBadge({ likelihood, impact }: { likelihood: number; impact: number }) {
  const { t } = useTranslation('riskPicture');
  const { score, level } = rateThreat(likelihood, impact);
  return (
    <span className={`badge rag rag-${level}`} title={t('rating.explain', { likelihood, impact, score })}>
      {t(`rating.levels.${level}`)} · {score}
    </span>
  );
}

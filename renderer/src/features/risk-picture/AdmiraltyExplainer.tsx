import { useTranslation } from 'react-i18next';
import { informationCredibilities, sourceReliabilities } from '../../domain/risk-picture';

/** What the two gradings mean, on the page where they are given: a reader tells rumour from fact by them. */
export function AdmiraltyExplainer() {
  const { t } = useTranslation('riskPicture');
  return (
    <details className="admiralty-explainer">
      <summary>{t('admiralty.summary')}</summary>
      <p>{t('admiralty.intro')}</p>
      <div className="form-grid">
        <div>
          <h4>{t('admiralty.reliabilityTitle')}</h4>
          <ul className="grade-list">
            {sourceReliabilities.map((grade) => (
              <li key={grade}>{t(`admiralty.reliability.${grade}`)}</li>
            ))}
          </ul>
        </div>
        <div>
          <h4>{t('admiralty.credibilityTitle')}</h4>
          <ul className="grade-list">
            {informationCredibilities.map((grade) => (
              <li key={grade}>{t(`admiralty.credibility.${grade}`)}</li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
}

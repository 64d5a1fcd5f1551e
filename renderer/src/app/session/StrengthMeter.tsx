import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_SCORE } from '../../domain/session';
import type { Strength } from './passphrase-strength';

/**
 * How hard the typed passphrase is to guess: five bars, a word for the score, and zxcvbn's
 * warning and suggestions in the UI's language. Announced politely as it changes.
 */
export function StrengthMeter({ id, strength }: { id: string; strength: Strength | null }) {
  const { t } = useTranslation('session');
  const score = strength?.score ?? 0;
  const enough = strength !== null && score >= MIN_PASSPHRASE_SCORE;
  return (
    <div id={id} className="strength" aria-live="polite">
      <div className={`strength-bars score-${strength ? score : 'none'}`} aria-hidden="true">
        {[0, 1, 2, 3, 4].map((bar) => (
          <span key={bar} className={strength && bar <= score ? 'filled' : undefined} />
        ))}
      </div>
      {strength && (
        <p className="strength-text">
          <strong>{t(`strength.score.${score}`)}</strong> {enough ? t('strength.enough') : t('strength.notEnough')}
        </p>
      )}
      {strength && (strength.warning || strength.suggestions.length > 0) && (
        <ul className="strength-feedback">
          {strength.warning && <li>{t(`strength.warnings.${strength.warning}`)}</li>}
          {strength.suggestions.map((suggestion) => (
            <li key={suggestion}>{t(`strength.suggestions.${suggestion}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../domain/session';
import { TextField } from '../../ui/fields';
import { GENERATED_PASSPHRASE_BITS, generatePassphrase } from './generate-passphrase';
import { StrengthMeter } from './StrengthMeter';
import type { NewPassphrase } from './useNewPassphrase';
import './session.css';

/**
 * A new passphrase, typed twice, with its strength as it is typed, a "show" switch and a
 * generated one on request. A generated passphrase is shown in full, once, with what to do
 * with it: it is no use to anyone who has not written it down.
 */
export function NewPassphraseFields({ state, purpose, autoFocus }: { state: NewPassphrase; purpose: 'first' | 'new'; autoFocus?: boolean }) {
  const { t } = useTranslation('session');
  const strengthId = useId();
  const [shown, setShown] = useState(false);
  const [generated, setGenerated] = useState<string | null>(null);
  const { problem } = state;
  const firstError =
    problem === 'empty' || problem === 'tooShort' || problem === 'weak' ? t(`passphrase.problems.${problem}`, { min: MIN_PASSPHRASE_LENGTH }) : undefined;
  const type = shown ? 'text' : 'password';
  return (
    <div className="stack passphrase-fields">
      <TextField
        label={t(`passphrase.${purpose}.label`)}
        hint={t('passphrase.hint', { min: MIN_PASSPHRASE_LENGTH })}
        type={type}
        spellCheck={false}
        autoCapitalize="off"
        autoFocus={autoFocus}
        value={state.passphrase}
        error={firstError}
        onChange={(event) => state.setPassphrase(event.target.value)}
      />
      <StrengthMeter id={strengthId} strength={state.strength} />
      <TextField
        label={t(`passphrase.${purpose}.repeat`)}
        type={type}
        spellCheck={false}
        autoCapitalize="off"
        value={state.repeated}
        error={problem === 'mismatch' ? t('passphrase.problems.mismatch') : undefined}
        onChange={(event) => state.setRepeated(event.target.value)}
      />
      <div className="row passphrase-tools">
        <label className="checkbox">
          <input type="checkbox" autoComplete="off" checked={shown} onChange={(event) => setShown(event.target.checked)} />
          <span>{t('passphrase.show')}</span>
        </label>
        <button
          type="button"
          className="button"
          onClick={() => {
            const made = generatePassphrase();
            setGenerated(made);
            state.fill(made);
          }}
        >
          {t('passphrase.generate')}
        </button>
      </div>
      {generated !== null && generated === state.passphrase && (
        <div className="generated-passphrase" role="status">
          <p>{t('passphrase.generated.intro', { bits: GENERATED_PASSPHRASE_BITS })}</p>
          <p className="generated-value" translate="no">
            {generated}
          </p>
          <p className="muted">{t('passphrase.generated.store')}</p>
        </div>
      )}
    </div>
  );
}

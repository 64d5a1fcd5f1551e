import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vault, type VaultState } from '../../storage';
import { forgetScreenContents } from './lock';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import { SessionScreen } from './SessionScreen';
import { useCountdown } from './useCountdown';

type Locked = Extract<VaultState, { status: 'locked' }>;

/**
 * The lock screen: why it locked, the passphrase, and the way out when it is forgotten (the
 * recovery key and a new passphrase). After wrong attempts the next one waits, counted down.
 */
export function LockScreen({ state }: { state: Locked }) {
  const { t } = useTranslation('session');
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const waitMs = useCountdown(state.retryAt);
  useEffect(() => forgetScreenContents(), []);

  return (
    <SessionScreen title={mode === 'passphrase' ? t('lock.title') : t('recoverWith.title')} wide={mode === 'recovery'}>
      {mode === 'passphrase' ? (
        <>
          <p className="lock-cause">{t(`lock.cause.${state.cause}`)}</p>
          {vault.migrationPending() && <p className="notice">{t('lock.migrationPending')}</p>}
          <PassphraseUnlockForm waitMs={waitMs} onForgot={() => setMode('recovery')} />
        </>
      ) : (
        <RecoveryUnlockForm waitMs={waitMs} onBack={() => setMode('passphrase')} />
      )}
    </SessionScreen>
  );
}

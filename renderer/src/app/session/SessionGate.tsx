import { useState, type ReactNode } from 'react';
import { useVault } from '../../storage';
import { LockScreen } from './LockScreen';
import { RecoveryKeySheet } from './RecoveryKeySheet';
import { SessionWatch } from './SessionWatch';
import { SetupScreen } from './SetupScreen';

/**
 * What the window shows for the vault's state: the first start (choose a passphrase), the
 * lock screen, or, only while unlocked, the app (`children`). The recovery key made by the
 * first start is shown before the app opens, once; it is kept in this component's state
 * only until the coordinator confirms it is stored.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const state = useVault();
  // The vault is unlocked as soon as setUp finishes; the setup screen stays until the recovery key is there.
  const [settingUp, setSettingUp] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  if (recoveryKey !== null) return <RecoveryKeySheet recoveryKey={recoveryKey} onStored={() => setRecoveryKey(null)} />;
  if (settingUp || state.status === 'new' || state.status === 'unencrypted') {
    return (
      <SetupScreen
        converting={state.status === 'unencrypted'}
        onStarted={() => setSettingUp(true)}
        onFinished={(key) => {
          setSettingUp(false);
          if (key !== null) setRecoveryKey(key);
        }}
      />
    );
  }
  switch (state.status) {
    case 'starting':
      return null;
    case 'locked':
      return <LockScreen state={state} />;
    case 'unlocked':
      return (
        <>
          <SessionWatch />
          {children}
        </>
      );
  }
}

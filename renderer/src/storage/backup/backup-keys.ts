/**
 * Opening a backup's keys: from the passphrase or the recovery key it was made with (its
 * header carries the wrapped data key), or from the session when the backup was made with the
 * keyring that is open now (no passphrase to type, no Argon2id to wait for).
 */
import { wipe } from '../../crypto/bytes';
import { RecoveryKeyFormatError, unwrapWithPassphrase, unwrapWithRecoveryKey, WrongSecretError, type Keyring } from '../../crypto/keyring';
import { deriveSessionKeys, forgetSessionKeys, type SessionKeys } from '../../crypto/session-keys';
import type { UnlockedSession } from '../vault';
import { BackupError } from './backup-error';

export type BackupSecret =
  | { kind: 'passphrase'; passphrase: string }
  | { kind: 'recoveryKey'; recoveryKey: string }
  /** The open session: only for a backup made with the same keyring (the same data key). */
  | { kind: 'session'; session: UnlockedSession };

export interface BackupKeys {
  keys: SessionKeys;
  /** The data key, when it was unwrapped (the session never hands it out). */
  dataKey: Uint8Array | undefined;
  /** Overwrites the keys in memory; the session's own keys are left alone. */
  forget(): void;
}

/** Whether the open session can read a backup made with `keyring` without asking for a secret. */
export function sessionOpens(session: UnlockedSession | undefined, keyring: Keyring): boolean {
  return session !== undefined && session.keyring.id === keyring.id && session.keyring.keyCheck === keyring.keyCheck;
}

export async function openBackupKeys(keyring: Keyring, secret: BackupSecret): Promise<BackupKeys> {
  if (secret.kind === 'session') {
    if (!sessionOpens(secret.session, keyring)) throw new BackupError('needsSecret');
    // Copies: the session may lock (and wipe its keys) while a long restore still needs them.
    const { records, audit, backup } = secret.session.keys;
    const keys = { records: records.slice(), audit: audit.slice(), backup: backup.slice() };
    return { keys, dataKey: undefined, forget: () => forgetSessionKeys(keys) };
  }
  let dataKey: Uint8Array;
  try {
    dataKey = secret.kind === 'passphrase' ? await unwrapWithPassphrase(keyring, secret.passphrase) : unwrapWithRecoveryKey(keyring, secret.recoveryKey);
  } catch (error) {
    if (error instanceof WrongSecretError) throw new BackupError(secret.kind === 'passphrase' ? 'wrongPassphrase' : 'wrongRecoveryKey', {}, { cause: error });
    if (error instanceof RecoveryKeyFormatError) throw new BackupError('recoveryKeyFormat', { reason: error.problem }, { cause: error });
    throw new BackupError('damaged', { reason: 'keyring' }, { cause: error });
  }
  const keys = deriveSessionKeys(dataKey);
  return {
    keys,
    dataKey,
    forget: () => {
      forgetSessionKeys(keys);
      wipe(dataKey);
    },
  };
}

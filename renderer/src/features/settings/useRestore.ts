/**
 * The steps of a restore: the file is read, its header says whether the open session can read
 * it (else the backup's passphrase or recovery key is asked for), it is verified in full (with
 * progress), its preview is shown, and only on confirmation is it restored (the current data
 * backed up first). Cancelling at any step forgets the backup's keys.
 */
import { useCallback, useRef, useState } from 'react';
import {
  backups,
  BackupError,
  inspectBackup,
  restoreKeepsPassphrase,
  verifyBackup,
  type LastBackup,
  type VerifiedBackup,
  type VerifyProgress,
} from '../../storage';

export type SecretKind = 'passphrase' | 'recoveryKey';

export type RestoreState =
  | { step: 'closed' }
  | { step: 'reading' }
  /** `error` (a problem of the secret typed) stays on this step, so the coordinator can try again. */
  | { step: 'secret'; error: unknown }
  | { step: 'verifying'; progress: VerifyProgress | null }
  | { step: 'preview'; verified: VerifiedBackup; keepsPassphrase: boolean }
  | { step: 'restoring' }
  | { step: 'done'; savedBefore: LastBackup | undefined }
  | { step: 'failed'; error: unknown };

/** Problems of the typed secret: asked again rather than given up. */
const secretProblems = new Set(['wrongPassphrase', 'wrongRecoveryKey', 'recoveryKeyFormat', 'needsSecret']);

export function useRestore() {
  const [state, setOwnState] = useState<RestoreState>({ step: 'closed' });
  /** Bumped on every start and close: a check still running for a dialog closed meanwhile changes nothing. */
  const run = useRef(0);
  const bytes = useRef<Uint8Array<ArrayBuffer> | null>(null);
  const verified = useRef<VerifiedBackup | null>(null);

  const forget = useCallback(() => {
    verified.current?.keys.forget();
    verified.current = null;
  }, []);

  const verify = useCallback(async (secret: Parameters<typeof verifyBackup>[1]) => {
    const current = run.current;
    const setState = (next: RestoreState) => {
      if (run.current === current) setOwnState(next);
    };
    setState({ step: 'verifying', progress: null });
    try {
      const result = await verifyBackup(bytes.current!, secret, (progress) => setState({ step: 'verifying', progress }));
      if (run.current !== current) {
        result.keys.forget();
        return;
      }
      verified.current = result;
      setState({ step: 'preview', verified: result, keepsPassphrase: restoreKeepsPassphrase(result) });
    } catch (error) {
      if (secret && error instanceof BackupError && secretProblems.has(error.problem)) setState({ step: 'secret', error });
      else setState({ step: 'failed', error });
    }
  }, []);

  /** Starts with the file's bytes, read by `read` (a chosen file, or one from the backup folder). */
  const start = useCallback(
    async (read: () => Promise<Uint8Array<ArrayBuffer>>) => {
      forget();
      const current = ++run.current;
      setOwnState({ step: 'reading' });
      try {
        const file = await read();
        if (run.current !== current) return;
        bytes.current = file;
        const { opensWithSession } = await inspectBackup(file);
        if (opensWithSession) await verify(undefined);
        else if (run.current === current) setOwnState({ step: 'secret', error: null });
      } catch (error) {
        if (run.current === current) setOwnState({ step: 'failed', error });
      }
    },
    [forget, verify],
  );

  const submitSecret = useCallback(
    (kind: SecretKind, value: string) =>
      verify(kind === 'passphrase' ? { kind: 'passphrase', passphrase: value } : { kind: 'recoveryKey', recoveryKey: value }),
    [verify],
  );

  const confirm = useCallback(async () => {
    const backup = verified.current;
    if (!backup) return;
    setOwnState({ step: 'restoring' });
    const before = backups.getState().safeguards.length;
    try {
      await backups.restore(backup);
      verified.current = null;
      bytes.current = null;
      const made = backups.getState().safeguards.slice(before);
      setOwnState({ step: 'done', savedBefore: made.find((backup) => backup.kind === 'pre-restore') });
    } catch (error) {
      forget();
      setOwnState({ step: 'failed', error });
    }
  }, [forget]);

  const close = useCallback(() => {
    run.current += 1;
    forget();
    bytes.current = null;
    setOwnState({ step: 'closed' });
  }, [forget]);

  return { state, start, submitSecret, confirm, close };
}

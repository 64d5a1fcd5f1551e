/**
 * The session: whether the data is locked, and the keys while it is not (Bitwarden's "lock":
 * the data stays on the disk, the keys leave memory). Only here do keys meet the database:
 * unlocking installs the sealed codec and the keyed audit digest on it, locking replaces them
 * with ones that refuse everything and overwrites the keys.
 *
 * The database is opened only once unlocked, so that a schema migration can be preceded by a
 * backup (which needs the keys); before that, the keyring and the language are read through a
 * connection that does not upgrade anything (raw-settings.ts).
 */
import type { EntryDigest } from '../domain/audit-chain';
import { hmacDigest } from '../domain/audit-chain';
import { wipe } from '../crypto/bytes';
import type { Argon2Cost } from '../crypto/kdf';
import { createKeyring, isKeyOf, rewrapForPassphrase, unwrapWithPassphrase, unwrapWithRecoveryKey, WrongSecretError, type Keyring } from '../crypto/keyring';
import { deriveSessionKeys, forgetSessionKeys, type SessionKeys } from '../crypto/session-keys';
import { lockedCodec, plainCodec } from './codec';
import { convertToSealed, type ConversionProgress } from './conversion';
import type { RoundtableDb } from './db';
import { guarded, StorageError } from './errors';
import { latestVersion } from './migrations';
import { openDatabase, storedSchemaVersion } from './open';
import { readBeforeOpening } from './raw-settings';
import { settingRow } from './repositories/settings';
import { createSealedCodec } from './sealed-codec';

export type LockCause = 'start' | 'manual' | 'idle' | 'menu' | 'suspend' | 'lock-screen' | 'restore';

export type VaultState =
  | { status: 'starting' }
  /** No data yet: choose a passphrase. */
  | { status: 'new' }
  /** Data from before encryption: choose a passphrase, and it is converted. */
  | { status: 'unencrypted' }
  /** `retryAt`: after wrong attempts, no new attempt before this time (ms since the epoch). */
  | { status: 'locked'; cause: LockCause; failures: number; retryAt: number | null }
  | { status: 'unlocked' };

/** A new attempt came before the growing delay after wrong ones had passed. */
export class UnlockTooSoonError extends Error {
  constructor(readonly retryAt: number) {
    super('wait before trying again');
    this.name = 'UnlockTooSoonError';
  }
}

/** What an unlocked session holds; for backups, inside storage only. */
export interface UnlockedSession {
  keyring: Keyring;
  keys: SessionKeys;
}

export type SafeguardKind = 'pre-migration' | 'pre-conversion';

export interface VaultDeps {
  now: () => Date;
  /** Argon2id cost for new passphrases; lighter only in tests. */
  cost?: Argon2Cost;
  /** Remembers wrong attempts across reloads, so reloading does not skip the delay. */
  failures?: { read(): number; write(count: number): void };
}

/** The delay after `failures` wrong attempts in a row: none for the first two, then 2, 4, 8 … 60 seconds. */
export function retryDelayMs(failures: number): number {
  return failures < 3 ? 0 : Math.min(60_000, 1000 * 2 ** (failures - 2));
}

const lockedDigest: EntryDigest = () => {
  throw new StorageError('locked', new Error('the app is locked: no audit key in memory'));
};

export function createVault(db: RoundtableDb, deps: VaultDeps) {
  let state: VaultState = { status: 'starting' };
  let keyring: Keyring | undefined;
  let session: UnlockedSession | undefined;
  let storedVersion: number | undefined;
  let failures = deps.failures?.read() ?? 0;
  /** Runs before a migration or the conversion, with the keys: makes and keeps a backup. Set by the backup module. */
  let safeguard: ((kind: SafeguardKind, session: UnlockedSession) => Promise<void>) | undefined;
  const listeners = new Set<() => void>();

  function set(next: VaultState): void {
    state = next;
    for (const listener of listeners) listener();
  }

  function lockedState(cause: LockCause): VaultState {
    const retryAt = retryDelayMs(failures) > 0 ? deps.now().getTime() + retryDelayMs(failures) : null;
    return { status: 'locked', cause, failures, retryAt };
  }

  function recordFailure(): void {
    failures += 1;
    deps.failures?.write(failures);
    set(lockedState(state.status === 'locked' ? state.cause : 'start'));
  }

  function install(dataKey: Uint8Array, ring: Keyring): void {
    const keys = deriveSessionKeys(dataKey);
    wipe(dataKey);
    session = { keyring: ring, keys };
    keyring = ring;
    db.codec = createSealedCodec(keys.records);
    db.auditDigest = hmacDigest(keys.audit);
  }

  /** Opens the database (running migrations, after a backup) once the keys are in memory. */
  async function openWith(dataKey: Uint8Array, ring: Keyring): Promise<void> {
    install(dataKey, ring);
    if (storedVersion !== undefined && storedVersion < latestVersion && !db.isOpen()) await safeguard?.('pre-migration', session!);
    if (!db.isOpen()) await openDatabase(db);
    storedVersion = latestVersion;
    failures = 0;
    deps.failures?.write(0);
    set({ status: 'unlocked' });
  }

  function checkRetry(): void {
    if (state.status !== 'locked') throw new Error(`cannot unlock: the vault is ${state.status}`);
    if (state.retryAt !== null && deps.now().getTime() < state.retryAt) throw new UnlockTooSoonError(state.retryAt);
  }

  async function writeKeyring(ring: Keyring): Promise<void> {
    await guarded(() => db.settings.put(settingRow(db, 'keyring', ring)));
    keyring = ring;
    if (session) session.keyring = ring;
  }

  return {
    getState: (): VaultState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /**
     * Finds out what there is: nothing, data from before encryption, or a keyring to unlock.
     * Returns the saved language, readable before unlocking.
     */
    async start(): Promise<{ language: unknown }> {
      storedVersion = await guarded(() => storedSchemaVersion(db.name));
      if (storedVersion !== undefined && storedVersion > latestVersion) {
        throw new StorageError('newerVersion', new Error(`database schema ${storedVersion} is newer than ${latestVersion}`));
      }
      const found = storedVersion === undefined ? { keyring: undefined, language: undefined, hasData: false } : await readBeforeOpening(db.name);
      keyring = found.keyring;
      if (keyring) set(lockedState('start'));
      else set({ status: found.hasData ? 'unencrypted' : 'new' });
      return { language: found.language };
    },

    /**
     * First start (or the first after this update): makes the keyring for `passphrase` and,
     * for data from before encryption, backs it up and converts it. Returns the recovery key,
     * to be shown once.
     */
    async setUp(passphrase: string, onProgress?: (progress: ConversionProgress) => void): Promise<{ recoveryKey: string }> {
      if (state.status !== 'new' && state.status !== 'unencrypted') throw new Error(`cannot set up: the vault is ${state.status}`);
      const converting = state.status === 'unencrypted';
      const made = await createKeyring(passphrase, deps.now(), deps.cost);
      const ring = made.keyring;
      if (!converting) {
        install(made.dataKey, ring);
        if (!db.isOpen()) await openDatabase(db);
        await guarded(() =>
          db.transaction('rw', db.settings, async () => {
            await db.settings.put(settingRow(db, 'keyring', ring));
            await db.settings.put(settingRow(db, 'encryption', { since: deps.now().toISOString(), converted: false, chainBefore: null }));
          }),
        );
      } else {
        // A backup of the plaintext database as it is on the disk (before any migration), then
        // the migration and the conversion.
        db.codec = plainCodec;
        const keys = deriveSessionKeys(made.dataKey);
        await safeguard?.('pre-conversion', { keyring: ring, keys });
        if (!db.isOpen()) await openDatabase(db);
        await convertToSealed(db, { codec: createSealedCodec(keys.records), digest: hmacDigest(keys.audit), keyring: ring, now: deps.now(), onProgress });
        forgetSessionKeys(keys);
        install(made.dataKey, ring);
      }
      storedVersion = latestVersion;
      set({ status: 'unlocked' });
      return { recoveryKey: made.recoveryKey };
    },

    /** Throws WrongSecretError (and the next attempt waits longer) or UnlockTooSoonError. */
    async unlock(passphrase: string): Promise<void> {
      checkRetry();
      let dataKey: Uint8Array;
      try {
        dataKey = await unwrapWithPassphrase(keyring!, passphrase);
      } catch (error) {
        if (error instanceof WrongSecretError) recordFailure();
        throw error;
      }
      await openWith(dataKey, keyring!);
    },

    /** The passphrase is forgotten: the recovery key unlocks, and `newPassphrase` replaces the old one. */
    async unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<void> {
      checkRetry();
      let dataKey: Uint8Array;
      try {
        dataKey = unwrapWithRecoveryKey(keyring!, recoveryKey);
      } catch (error) {
        if (error instanceof WrongSecretError) recordFailure();
        throw error;
      }
      const ring = await rewrapForPassphrase(keyring!, dataKey, newPassphrase, deps.now(), deps.cost);
      await openWith(dataKey, ring);
      await writeKeyring(ring);
    },

    /** Quick unlock: a data key from the OS's secret store, checked against the keyring. */
    async unlockWithDataKey(dataKey: Uint8Array): Promise<void> {
      checkRetry();
      if (!isKeyOf(keyring!, dataKey)) throw new WrongSecretError('passphrase');
      await openWith(dataKey.slice(), keyring!);
    },

    /** Drops the keys and every decrypted value the storage layer holds. The UI unmounts its pages. */
    lock(cause: LockCause = 'manual'): void {
      if (state.status !== 'unlocked' || !session) return;
      db.codec = lockedCodec;
      db.auditDigest = lockedDigest;
      forgetSessionKeys(session.keys);
      session = undefined;
      set(lockedState(cause));
    },

    /** Changes the passphrase (the current one confirms it's the coordinator); the data stays as it is. */
    async changePassphrase(current: string, next: string): Promise<void> {
      if (state.status !== 'unlocked' || !keyring) throw new StorageError('locked', new Error('unlock first'));
      const dataKey = await unwrapWithPassphrase(keyring, current);
      try {
        await writeKeyring(await rewrapForPassphrase(keyring, dataKey, next, deps.now(), deps.cost));
      } finally {
        wipe(dataKey);
      }
    },

    /**
     * Lends the data key, unwrapped with the passphrase (which confirms it is the coordinator),
     * to `lend`, then overwrites it: for handing it to the OS's secret store (quick unlock).
     * Throws WrongSecretError for a wrong passphrase.
     */
    async withDataKey<T>(passphrase: string, lend: (dataKey: Uint8Array) => Promise<T>): Promise<T> {
      if (state.status !== 'unlocked' || !keyring) throw new StorageError('locked', new Error('unlock first'));
      const dataKey = await unwrapWithPassphrase(keyring, passphrase);
      try {
        return await lend(dataKey);
      } finally {
        wipe(dataKey);
      }
    },

    /** The keyring in use (its wrapped keys and when the passphrase was set); undefined before start. */
    keyring: (): Keyring | undefined => keyring,

    /** The unlocked session's keys, for backups; StorageError('locked') when locked. */
    session(): UnlockedSession {
      if (!session) throw new StorageError('locked', new Error('unlock first'));
      return session;
    },

    /** A restore replaced the data and its keyring: the session goes on with the restored keyring's key. */
    adoptRestored(ring: Keyring, dataKey: Uint8Array): void {
      install(dataKey, ring);
    },

    /** Sets what runs before a migration or the conversion (the backup module). */
    setSafeguard(run: typeof safeguard): void {
      safeguard = run;
    },

    /** Whether the stored schema is older than this version's (an unlock will migrate, after a backup). */
    migrationPending: (): boolean => storedVersion !== undefined && storedVersion < latestVersion,
  };
}

export type Vault = ReturnType<typeof createVault>;

/**
 * Mutated backup files (issue 11): 10,000 of them, from bit flips to valid encryption around
 * invalid content. Each one gives a BackupError (never another exception, never the
 * "unreadable" safety net) with a translated message, or, when it still holds valid data, a
 * restore that writes exactly that data; nothing else is ever written to the target.
 *
 * Most files are opened with the session's keys (no Argon2id); those that need a passphrase
 * use the fixture's light Argon2id parameters.
 */
import fc from 'fast-check';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedByDefault } from '../storage-helpers';
import { generateRecoveryKey, formatRecoveryKey } from '../../../../renderer/src/crypto/recovery-key';
import { utf8 } from '../../../../renderer/src/crypto/bytes';
import { resources } from '../../../../renderer/src/i18n/resources';
import { BackupError, backupProblems, type BackupProblem } from '../../../../renderer/src/storage/backup/backup-error';
import { BACKUP_MAGIC, parseContainer, sealBackupFile, type BackupHeader } from '../../../../renderer/src/storage/backup/backup-file';
import type { BackupSecret } from '../../../../renderer/src/storage/backup/backup-keys';
import { makeBackupFile } from '../../../../renderer/src/storage/backup/make-backup';
import { restoreBackup } from '../../../../renderer/src/storage/backup/restore';
import { collectSnapshot, type Snapshot } from '../../../../renderer/src/storage/backup/snapshot';
import { decodeBackup } from '../../../../renderer/src/storage/backup/verify';
import { latestVersion } from '../../../../renderer/src/storage/migrations';
import { errorText } from '../../../../renderer/src/ui/error-text';
import { byteMutations, concat, contentMutations, mutatedBody, rawBodies } from './backup-mutations';
import { appVersion, emptyKeyedDb, newKeyring, smallKeyedDb, storedRows, type KeyedDb } from './backup-helpers';

let fixture: KeyedDb;
let target: KeyedDb;
let valid: Uint8Array<ArrayBuffer>;
let header: BackupHeader;
let snapshot: Snapshot;
/** What the target holds: changed only by a restore of a file that verified. */
let targetRows: Record<string, unknown[]>;
const errors = new Map<string, BackupError>();
const outcomes = new Map<string, number>();
const today = () => '2026-12-01';

beforeAll(async () => {
  fixture = await smallKeyedDb();
  snapshot = await collectSnapshot(fixture.db);
  ({ bytes: valid, header } = await makeBackupFile({
    source: fixture.db,
    session: fixture.session,
    kind: 'manual',
    appVersion,
    now: new Date('2026-12-01T09:00:00Z'),
  }));
  target = await emptyKeyedDb();
  // The same installation: a restore keeps its keyring and needs no other keys.
  target.session = fixture.session;
  target.db.codec = fixture.db.codec;
  target.db.auditDigest = fixture.db.auditDigest;
  targetRows = await storedRows(target.db);
}, 60_000);

afterAll(async () => {
  await fixture?.db.delete();
  await target?.db.delete();
});

const vault = () => ({ session: () => target.session, adoptRestored: () => undefined });

function sortedRows(tables: Map<string, unknown[]> | Record<string, unknown[]>): Record<string, string[]> {
  const entries = tables instanceof Map ? [...tables] : Object.entries(tables);
  return Object.fromEntries(entries.map(([store, rows]) => [store, rows.map((row) => JSON.stringify(row)).sort()]));
}

/** What a restore of `restored` must leave in the target: its rows, with the target's keyring. */
function expectedAfterRestore(restored: Snapshot): Record<string, string[]> {
  const tables = new Map(restored.tables);
  const settings = (tables.get('settings') as { key: string }[]).filter((row) => row.key !== 'keyring' && row.key !== 'lastBackup');
  tables.set('settings', [...settings, { key: 'keyring', value: target.session.keyring }]);
  return sortedRows(tables);
}

/** Decodes `bytes`; restores it when it verifies. Returns 'ok' or the problem. */
async function attempt(bytes: Uint8Array<ArrayBuffer>, secret: BackupSecret = { kind: 'session', session: fixture.session }): Promise<'ok' | BackupProblem> {
  let outcome: 'ok' | BackupProblem;
  try {
    const verified = await decodeBackup(bytes, secret, { appVersion, today });
    await restoreBackup(verified, { db: target.db, vault: vault(), protectCurrentData: async () => undefined });
    targetRows = await storedRows(target.db);
    expect(sortedRows(targetRows)).toEqual(expectedAfterRestore(verified.snapshot));
    outcome = 'ok';
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    expect(error.problem).not.toBe('unreadable');
    errors.set(`${error.problem} ${JSON.stringify(error.details)}`, error);
    outcome = error.problem;
  }
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  return outcome;
}

async function targetUnchanged(): Promise<void> {
  expect(sortedRows(await storedRows(target.db))).toEqual(sortedRows(targetRows));
}

/** The valid file's body behind another header (as JSON text) and format version. */
function withHeader(headerText: string, format = 1): Uint8Array<ArrayBuffer> {
  const headerBytes = utf8(headerText);
  const prefix = new Uint8Array(BACKUP_MAGIC.length + 6);
  prefix.set(BACKUP_MAGIC);
  const view = new DataView(prefix.buffer);
  view.setUint16(BACKUP_MAGIC.length, format);
  view.setUint32(BACKUP_MAGIC.length + 2, headerBytes.length);
  return concat(prefix, headerBytes, parseContainer(valid).sealedBody);
}

// The files and what they are checked for do not depend on the clock's zone: run once, in the
// project that also stores everything encrypted (New York), not twice.
describe.runIf(sealedByDefault)('10,000 mutated backup files', () => {
  it('damaged bytes (3,500): flips, cuts, extensions, splices, random files', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(byteMutations, async (mutate) => {
        const mutated = mutate(valid);
        // A splice of junk that happens to equal the bytes it covers changes nothing: not a mutation.
        fc.pre(mutated.length !== valid.length || mutated.some((byte, index) => byte !== valid[index]));
        const outcome = await attempt(mutated);
        expect(['notBackup', 'damaged', 'newerApp', 'newerSchema', 'needsSecret', 'tooLarge']).toContain(outcome);
      }),
      { numRuns: 3500 },
    );
    await targetUnchanged();
  });

  it('wrong keys (1,000): passphrases, recovery keys, another installation', { timeout: 300_000 }, async () => {
    const other = await newKeyring('someone else');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 40 }).map((passphrase): BackupSecret => ({ kind: 'passphrase', passphrase: `${passphrase}!` })),
          fc.string({ maxLength: 80 }).map((recoveryKey): BackupSecret => ({ kind: 'recoveryKey', recoveryKey })),
          fc.constant(null).map((): BackupSecret => ({ kind: 'recoveryKey', recoveryKey: formatRecoveryKey(generateRecoveryKey()) })),
          fc.constant<BackupSecret>({ kind: 'session', session: other.session }),
        ),
        async (secret) => {
          const outcome = await attempt(valid, secret);
          expect(['wrongPassphrase', 'wrongRecoveryKey', 'recoveryKeyFormat', 'needsSecret']).toContain(outcome);
        },
      ),
      { numRuns: 1000 },
    );
    // The right secrets do open it.
    expect(await attempt(valid, { kind: 'passphrase', passphrase: fixture.passphrase })).toBe('ok');
    expect(await attempt(valid, { kind: 'recoveryKey', recoveryKey: fixture.recoveryKey.toLowerCase() })).toBe('ok');
  });

  it('header edits (1,000): versions, kinds, dates, keyrings, extra fields, the format number', { timeout: 300_000 }, async () => {
    const edits = fc.oneof(
      fc
        .record({ field: fc.constantFrom('app', 'schemaVersion', 'createdAt', 'kind', 'encrypted', 'keyring', 'extra'), value: fc.jsonValue({ maxDepth: 2 }) })
        .map(
          ({ field, value }) =>
            () =>
              withHeader(JSON.stringify({ ...header, [field]: value })),
        ),
      fc.constantFrom('app', 'schemaVersion', 'createdAt', 'kind', 'encrypted', 'keyring').map((field) => () => {
        const { [field as keyof BackupHeader]: _dropped, ...rest } = header;
        return withHeader(JSON.stringify(rest));
      }),
      fc.record({ field: fc.constantFrom('id', 'keyCheck', 'byPassphrase', 'byRecoveryKey', 'kdf', 'format'), value: fc.jsonValue({ maxDepth: 1 }) }).map(
        ({ field, value }) =>
          () =>
            withHeader(JSON.stringify({ ...header, keyring: { ...header.keyring, [field]: value } })),
      ),
      fc.constantFrom('9.0.0', '0.1.1', '0.2.0', '1.0.0-beta', '0.0.9').map((version) => () => withHeader(JSON.stringify({ ...header, app: version }))),
      fc.integer({ min: -2, max: latestVersion + 3 }).map((version) => () => withHeader(JSON.stringify({ ...header, schemaVersion: version }))),
      fc.constantFrom('daily', 'pre-migration', 'pre-restore', 'pre-conversion').map((kind) => () => withHeader(JSON.stringify({ ...header, kind }))),
      fc.string({ maxLength: 60 }).map((text) => () => withHeader(text)),
      fc.integer({ min: 0, max: 65535 }).map((format) => () => withHeader(JSON.stringify(header), format)),
    );
    await fc.assert(
      fc.asyncProperty(edits, async (make) => {
        const file = make();
        const outcome = await attempt(file);
        // An "edit" that writes the header as it was is the valid file again.
        const unchanged = file.length === valid.length && file.every((byte, index) => byte === valid[index]);
        expect(unchanged ? ['ok'] : ['damaged', 'newerApp', 'newerSchema', 'needsSecret']).toContain(outcome);
      }),
      { numRuns: 1000 },
    );
    await targetUnchanged();
  });

  it('valid encryption around invalid content (4,500): rows, tables, settings, the chain, versions, the body itself', { timeout: 600_000 }, async () => {
    const newer = fc.constantFrom({ schemaVersion: latestVersion + 1 }, { app: '99.0.0' });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 7, arbitrary: contentMutations(snapshot).map((content) => ({ head: header, body: mutatedBody(snapshot, content) })) },
          { weight: 2, arbitrary: rawBodies(snapshot).map((raw) => ({ head: header, body: raw as Uint8Array<ArrayBuffer> })) },
          {
            weight: 1,
            arbitrary: newer.map((change) => ({ head: { ...header, ...change }, body: mutatedBody(snapshot, { mutations: [], manifest: change }) })),
          },
        ),
        async ({ head, body: content }) => {
          const file = await sealBackupFile(head, content, fixture.session.keys.backup);
          const outcome = await attempt(file);
          expect(['ok', 'damaged', 'invalid', 'chainBroken', 'newerApp', 'newerSchema', 'tooLarge', 'migration']).toContain(outcome);
        },
      ),
      { numRuns: 4500 },
    );
    await targetUnchanged();
  });

  it('every problem met has a message in both languages, with nothing left untranslated', async () => {
    expect(errors.size).toBeGreaterThan(20);
    for (const problem of backupProblems) errors.set(problem, new BackupError(problem));
    errors.set('safeguard', new BackupError('safeguardCancelled', { kind: 'pre-conversion' }));
    errors.set('write', new BackupError('writeFailed', { reason: 'The disk is full.' }));
    for (const language of ['en', 'de'] as const) {
      const instance = i18next.createInstance();
      await instance.init({ lng: language, resources, defaultNS: 'common', interpolation: { escapeValue: false } });
      const t = instance.getFixedT(language, ['errors', 'common', 'validation', 'meetings', 'referrals']) as Parameters<typeof errorText>[1];
      for (const error of errors.values()) {
        const text = errorText(error, t);
        expect(text, `${language} ${error.message}`).not.toMatch(/\{\{|\}\}|errors:|backup\.[A-Za-z]|undefined/);
        expect(text.length).toBeGreaterThan(30);
      }
    }
    // The share of each outcome, for the record (visible with --reporter=verbose).
    console.info('backup fuzz outcomes', Object.fromEntries(outcomes));
  });
});

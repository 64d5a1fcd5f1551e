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
import { generateRecoveryKey, formatRecoveryKey } from '../../../../renderer/src/crypto/recovery-key';
import { fromUtf8, utf8 } from '../../../../renderer/src/crypto/bytes';
import { resources } from '../../../../renderer/src/i18n/resources';
import { BackupError, backupProblems, type BackupProblem } from '../../../../renderer/src/storage/backup/backup-error';
import { BACKUP_MAGIC, parseContainer, sealBackupFile, type BackupHeader } from '../../../../renderer/src/storage/backup/backup-file';
import type { BackupSecret } from '../../../../renderer/src/storage/backup/backup-keys';
import { writeBody } from '../../../../renderer/src/storage/backup/body';
import { makeBackupFile } from '../../../../renderer/src/storage/backup/make-backup';
import { restoreBackup } from '../../../../renderer/src/storage/backup/restore';
import { collectSnapshot, type Snapshot } from '../../../../renderer/src/storage/backup/snapshot';
import { decodeBackup } from '../../../../renderer/src/storage/backup/verify';
import { latestVersion } from '../../../../renderer/src/storage/migrations';
import { errorText } from '../../../../renderer/src/ui/error-text';
import { gunzipSync, gzipSync } from 'fflate';
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

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
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

const byteMutation = fc.oneof(
  fc.array(fc.record({ at: fc.nat(), bit: fc.nat(7) }), { minLength: 1, maxLength: 8 }).map((flips) => (bytes: Uint8Array<ArrayBuffer>) => {
    const out = bytes.slice();
    for (const { at, bit } of flips) out[at % out.length]! ^= 1 << bit;
    return out;
  }),
  // The header is where a flip can still be read: aim a share of flips there.
  fc.record({ at: fc.nat(1200), bit: fc.nat(7) }).map(({ at, bit }) => (bytes: Uint8Array<ArrayBuffer>) => {
    const out = bytes.slice();
    out[at % out.length]! ^= 1 << bit;
    return out;
  }),
  fc.nat().map((length) => (bytes: Uint8Array<ArrayBuffer>) => bytes.slice(0, length % bytes.length)),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((extra) => (bytes: Uint8Array<ArrayBuffer>) => concat(bytes, extra)),
  fc.record({ at: fc.nat(), junk: fc.uint8Array({ minLength: 1, maxLength: 32 }) }).map(({ at, junk }) => (bytes: Uint8Array<ArrayBuffer>) => {
    const start = at % bytes.length;
    return concat(bytes.subarray(0, start), junk, bytes.subarray(Math.min(bytes.length, start + junk.length)));
  }),
  fc.uint8Array({ maxLength: 200 }).map((junk) => () => junk),
);

describe('10,000 mutated backup files', () => {
  it('damaged bytes (3,500): flips, cuts, extensions, splices, random files', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(byteMutation, async (mutate) => {
        const outcome = await attempt(mutate(valid));
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
    const stores = snapshot.stores;
    const table = fc.constantFrom(...stores);
    const rowMutation = fc.oneof(
      fc.record({ table, index: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }).map(({ table, index, value }) => (tables: Map<string, unknown[]>) => {
        const rows = tables.get(table)!;
        if (rows.length > 0) rows[index % rows.length] = value;
      }),
      fc
        .record({
          table,
          index: fc.nat(),
          field: fc.oneof(
            fc.constantFrom('id', 'revision', 'sealed', 'deletedAt', 'seq', 'hash', 'prevHash', 'key', 'value', 'name', 'status'),
            fc.string({ maxLength: 8 }),
          ),
          value: fc.jsonValue({ maxDepth: 1 }),
        })
        .map(({ table, index, field, value }) => (tables: Map<string, unknown[]>) => {
          const rows = tables.get(table)!;
          if (rows.length > 0) rows[index % rows.length] = { ...(rows[index % rows.length] as object), [field]: value };
        }),
      fc
        .record({ table, index: fc.nat(), field: fc.constantFrom('id', 'revision', 'sealed', 'seq', 'hash', 'key', 'value', 'createdAt') })
        .map(({ table, index, field }) => (tables: Map<string, unknown[]>) => {
          const rows = tables.get(table)!;
          const row = rows[index % rows.length];
          if (row === null || typeof row !== 'object') return;
          const { [field]: _dropped, ...rest } = row as Record<string, unknown>;
          rows[index % rows.length] = rest;
        }),
      // A row of another table (sealed for its own: it must not open here).
      fc.record({ from: table, to: table, index: fc.nat() }).map(({ from, to, index }) => (tables: Map<string, unknown[]>) => {
        const rows = tables.get(from)!;
        if (rows.length > 0) tables.get(to)!.push(rows.splice(index % rows.length, 1)[0]);
      }),
      fc.record({ table, index: fc.nat() }).map(({ table, index }) => (tables: Map<string, unknown[]>) => {
        const rows = tables.get(table)!;
        if (rows.length > 0) rows.push(structuredClone(rows[index % rows.length]));
      }),
      fc.record({ table, index: fc.nat() }).map(({ table, index }) => (tables: Map<string, unknown[]>) => {
        const rows = tables.get(table)!;
        if (rows.length > 0) rows.splice(index % rows.length, 1);
      }),
      // Sealed parts swapped between two rows of a table (each authenticates only for its own row).
      fc.record({ table, i: fc.nat(), j: fc.nat() }).map(({ table, i, j }) => (tables: Map<string, unknown[]>) => {
        const rows = tables.get(table)! as (Record<string, unknown> | null)[];
        if (rows.length < 2 || i % rows.length === j % rows.length) return;
        const [a, b] = [rows[i % rows.length], rows[j % rows.length]];
        if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return;
        rows[i % rows.length] = { ...a, sealed: b['sealed'] };
        rows[j % rows.length] = { ...b, sealed: a['sealed'] };
      }),
      fc
        .record({ key: fc.string({ minLength: 1, maxLength: 12 }), value: fc.jsonValue({ maxDepth: 1 }) })
        .map(({ key, value }) => (tables: Map<string, unknown[]>) => {
          tables.get('settings')!.push({ key, value });
        }),
      fc
        .record({ seq: fc.integer({ min: 0, max: 20 }), hash: fc.stringMatching(/^[0-9a-f]{64}$/) })
        .map(({ seq, hash }) => (tables: Map<string, unknown[]>) => {
          const settings = tables.get('settings') as ({ key: string; value: unknown } | null)[];
          const head = settings.find((row) => row?.key === 'auditHead');
          if (head) head.value = { seq, hash };
        }),
    );
    const contentMutation = fc.oneof(
      { weight: 6, arbitrary: fc.array(rowMutation, { minLength: 1, maxLength: 3 }).map((mutations) => ({ mutations, manifest: {} as Partial<Snapshot> })) },
      {
        weight: 1,
        arbitrary: fc
          .oneof(
            fc.integer({ min: 1, max: latestVersion + 2 }).map((schemaVersion) => ({ schemaVersion })),
            fc.constant({ encrypted: false }),
            fc.array(fc.constantFrom(...stores, 'unknownStore', 'toString'), { maxLength: 15 }).map((list) => ({ stores: [...new Set(list)] })),
          )
          .map((manifest) => ({ mutations: [], manifest: manifest as Partial<Snapshot> })),
      },
    );
    const body = (content: { mutations: ((tables: Map<string, unknown[]>) => void)[]; manifest: Partial<Snapshot> }) => {
      const tables = new Map([...snapshot.tables].map(([store, rows]) => [store, structuredClone(rows)]));
      for (const mutate of content.mutations) mutate(tables);
      const changed = { ...snapshot, tables, ...content.manifest };
      for (const store of changed.stores) if (!changed.tables.has(store)) changed.tables.set(store, []);
      return writeBody(changed);
    };
    const rawBody = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.array(fc.string({ maxLength: 60 }), { maxLength: 6 }).map((lines) => gzipSync(utf8(lines.join('\n')))),
      fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }).map((lines) => gzipSync(utf8(lines.map((line) => JSON.stringify(line)).join('\n') + '\n'))),
      // The real body's lines with one cut out, doubled or edited: counts and checksum no longer match.
      fc.record({ index: fc.nat(), action: fc.constantFrom('drop', 'double', 'edit', 'cut') }).map(({ index, action }) => {
        const lines = fromUtf8(gunzipSync(writeBody(snapshot))).split('\n');
        const at = index % (lines.length - 1);
        if (action === 'drop') lines.splice(at, 1);
        if (action === 'double') lines.splice(at, 0, lines[at]!);
        if (action === 'edit') lines[at] = lines[at]!.replace(/[0-9]/, 'x');
        const text = lines.join('\n');
        return gzipSync(utf8(action === 'cut' ? text.slice(0, Math.floor(text.length / 2)) : text));
      }),
    );
    const newer = fc.constantFrom({ schemaVersion: latestVersion + 1 }, { app: '99.0.0' });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 7, arbitrary: contentMutation.map((content) => ({ head: header, body: body(content) })) },
          { weight: 2, arbitrary: rawBody.map((raw) => ({ head: header, body: raw as Uint8Array<ArrayBuffer> })) },
          { weight: 1, arbitrary: newer.map((change) => ({ head: { ...header, ...change }, body: body({ mutations: [], manifest: change }) })) },
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

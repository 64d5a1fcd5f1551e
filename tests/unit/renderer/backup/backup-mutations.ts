/**
 * The mutations the backup fuzz test applies (backup-fuzz.test.ts): to a file's bytes, and,
 * inside a validly encrypted file, to the snapshot's rows, tables and manifest or to the body
 * itself.
 */
import fc from 'fast-check';
import { gunzipSync, gzipSync } from 'fflate';
import { fromUtf8, utf8 } from '../../../../renderer/src/crypto/bytes';
import { writeBody } from '../../../../renderer/src/storage/backup/body';
import type { Snapshot } from '../../../../renderer/src/storage/backup/snapshot';
import { latestVersion } from '../../../../renderer/src/storage/migrations';

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Damage to a file's bytes: flips (a share aimed at the header), cuts, extensions, splices, random files. */
export const byteMutations = fc.oneof(
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

type TablesMutation = (tables: Map<string, unknown[]>) => void;
interface ContentMutation {
  mutations: TablesMutation[];
  manifest: Partial<Snapshot>;
}

/** Changes to the snapshot's rows (any table), settings, chain head and manifest, one to three at a time. */
export function contentMutations(snapshot: Snapshot): fc.Arbitrary<ContentMutation> {
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
    fc.record({ seq: fc.integer({ min: 0, max: 20 }), hash: fc.stringMatching(/^[0-9a-f]{64}$/) }).map(({ seq, hash }) => (tables: Map<string, unknown[]>) => {
      const settings = tables.get('settings') as ({ key: string; value: unknown } | null)[];
      const head = settings.find((row) => row?.key === 'auditHead');
      if (head) head.value = { seq, hash };
    }),
  );
  return fc.oneof(
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
}

/** The snapshot with `content`'s changes, as a body (counts and checksum made to match). */
export function mutatedBody(snapshot: Snapshot, content: ContentMutation): Uint8Array<ArrayBuffer> {
  const tables = new Map([...snapshot.tables].map(([store, rows]) => [store, structuredClone(rows)]));
  for (const mutate of content.mutations) mutate(tables);
  const changed = { ...snapshot, tables, ...content.manifest };
  for (const store of changed.stores) if (!changed.tables.has(store)) changed.tables.set(store, []);
  return writeBody(changed);
}

/** Bodies that are not what Roundtable writes: random bytes, random lines, the real lines edited. */
export function rawBodies(snapshot: Snapshot): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
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
}

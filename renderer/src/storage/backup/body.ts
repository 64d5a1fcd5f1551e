/**
 * The body of a backup file before encryption: gzip-compressed lines of JSON. The first line
 * says what follows (the manifest), then come the rows, a chunk of one store per line, and
 * the last line (the trailer) holds the number of rows of each store and a SHA-256 over all
 * row lines. Lines, not one JSON document: a whole city is hundreds of MB, more than one
 * JavaScript string can hold, and lines can be written and read a chunk at a time.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Gunzip, Gzip } from 'fflate';
import { z } from 'zod';
import { fromUtf8, utf8 } from '../../crypto/bytes';
import { BackupError } from './backup-error';
import type { Snapshot, SnapshotInfo, SnapshotSink } from './snapshot';

/** Unpacked, a body may be this large at most; a larger one cannot have been written by Roundtable. */
const MAX_UNPACKED_BYTES = 3 * 1024 ** 3;

const storeName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/);

const manifestSchema = z.strictObject({
  schemaVersion: z.number().int().min(1),
  encrypted: z.boolean(),
  stores: z.array(storeName).max(64),
});

const rowsLineSchema = z.strictObject({ t: storeName, r: z.array(z.unknown()) });

const trailerSchema = z.strictObject({
  counts: z.record(storeName, z.number().int().min(0)),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const NEWLINE = 10;

/** Compresses the snapshot's lines as they are read (a SnapshotSink); `finish` gives the body. */
export class BodyWriter implements SnapshotSink {
  private readonly parts: Uint8Array[] = [];
  private readonly gzip = new Gzip({ level: 6 }, (data) => this.parts.push(data));
  private readonly hash = sha256.create();
  private readonly counts: Record<string, number> = {};
  private started = false;

  begin(info: SnapshotInfo): void {
    this.started = true;
    for (const store of info.stores) this.counts[store] = 0;
    this.line({ schemaVersion: info.schemaVersion, encrypted: info.encrypted, stores: info.stores });
  }

  rows(store: string, rows: unknown[]): void {
    const bytes = utf8(`${JSON.stringify({ t: store, r: rows })}\n`);
    this.hash.update(bytes);
    this.gzip.push(bytes);
    this.counts[store] = (this.counts[store] ?? 0) + rows.length;
  }

  /** The compressed body, once every row was written. */
  finish(): Uint8Array<ArrayBuffer> {
    if (!this.started) throw new Error('nothing was written');
    this.line({ counts: this.counts, sha256: bytesToHex(this.hash.digest()) });
    this.gzip.push(new Uint8Array(0), true);
    const out = new Uint8Array(this.parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }

  private line(value: unknown): void {
    this.gzip.push(utf8(`${JSON.stringify(value)}\n`));
  }
}

/** The snapshot as a compressed body, in one go (for a snapshot already in memory). */
export function writeBody(snapshot: Snapshot): Uint8Array<ArrayBuffer> {
  const writer = new BodyWriter();
  writer.begin(snapshot);
  for (const store of snapshot.stores) {
    const rows = snapshot.tables.get(store) ?? [];
    for (let index = 0; index < rows.length; index += 1000) writer.rows(store, rows.slice(index, index + 1000));
  }
  return writer.finish();
}

function invalid(reason: string, cause?: unknown): BackupError {
  return new BackupError('invalid', { reason }, { cause });
}

function parseLine(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(fromUtf8(bytes));
  } catch (error) {
    throw invalid('json', error);
  }
}

/** Reads the lines of a decrypted body back into a snapshot; BackupError for anything not as written. */
export function readBody(compressed: Uint8Array): Snapshot {
  let manifest: z.infer<typeof manifestSchema> | undefined;
  let trailer: z.infer<typeof trailerSchema> | undefined;
  const tables = new Map<string, unknown[]>();
  const hash = sha256.create();
  let pending: Uint8Array[] = [];
  let unpacked = 0;
  let ended = false;

  const takeLine = (line: Uint8Array) => {
    if (trailer) throw invalid('after-trailer');
    const value = parseLine(line);
    if (!manifest) {
      const parsed = manifestSchema.safeParse(value);
      if (!parsed.success || new Set(parsed.data.stores).size !== parsed.data.stores.length) throw invalid('manifest', parsed.error);
      manifest = parsed.data;
      for (const store of manifest.stores) tables.set(store, []);
      return;
    }
    if (value !== null && typeof value === 'object' && 'counts' in value) {
      const parsed = trailerSchema.safeParse(value);
      if (!parsed.success) throw invalid('trailer', parsed.error);
      trailer = parsed.data;
      return;
    }
    const parsed = rowsLineSchema.safeParse(value);
    if (!parsed.success) throw invalid('rows', parsed.error);
    const rows = tables.get(parsed.data.t);
    if (!rows) throw new BackupError('invalid', { table: parsed.data.t, reason: 'unknown-store' });
    hash.update(line);
    hash.update(new Uint8Array([NEWLINE]));
    for (const row of parsed.data.r) rows.push(row);
  };

  const gunzip = new Gunzip((data, final) => {
    unpacked += data.length;
    if (unpacked > MAX_UNPACKED_BYTES) throw new BackupError('tooLarge');
    let start = 0;
    for (let index = data.indexOf(NEWLINE); index !== -1; index = data.indexOf(NEWLINE, start)) {
      const piece = data.subarray(start, index);
      takeLine(pending.length === 0 ? piece : concat([...pending, piece]));
      pending = [];
      start = index + 1;
    }
    if (start < data.length) pending.push(data.slice(start));
    if (final) ended = true;
  });
  try {
    gunzip.push(compressed, true);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('damaged', { reason: 'compression' }, { cause: error });
  }
  if (!ended || pending.length > 0 || !manifest || !trailer) throw new BackupError('damaged', { reason: 'incomplete' });
  if (bytesToHex(hash.digest()) !== trailer.sha256) throw new BackupError('damaged', { reason: 'checksum' });
  for (const store of manifest.stores) {
    if (trailer.counts[store] !== tables.get(store)!.length) throw new BackupError('damaged', { table: store, reason: 'count' });
  }
  if (Object.keys(trailer.counts).some((store) => !tables.has(store))) throw new BackupError('damaged', { reason: 'count' });
  return { schemaVersion: manifest.schemaVersion, encrypted: manifest.encrypted, stores: manifest.stores, tables };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Runs inside Chromium (bundled by codec-bench.ts): the app's own sealed codec on the city's
 * real records, per record kind. Each kind is sealed and opened once to warm up, then timed
 * over several rounds (the fastest round counts: the codec's cost, not the machine's other
 * work). Also the audit chain's digest per entry, plain SHA-256 against the keyed HMAC.
 */
import { hashEntry, hmacDigest, sha256Digest } from '../../renderer/src/domain/audit-chain';
import type { AuditEntry, StoredAuditEntry } from '../../renderer/src/domain/audit';
import type { RecordMeta } from '../../renderer/src/domain/record';
import { createSealedCodec } from '../../renderer/src/storage/sealed-codec';
import type { RecordTable } from '../../renderer/src/storage/tables';

export interface CodecSample {
  store: string;
  rows: object[];
}

export interface CodecCost {
  store: string;
  rows: number;
  /** Microseconds per row, fastest round. */
  encodeUs: number;
  decodeUs: number;
  /** The rows' JSON size as generated, and as stored (sealed), in bytes per row. */
  plainBytes: number;
  storedBytes: number;
  /** Audit only: the chain's digest per entry over the stored form. */
  sha256Us?: number;
  hmacUs?: number;
}

/**
 * Milliseconds one `work()` takes, fastest of `rounds`. The page's clock is coarse (0.1 ms
 * without cross-origin isolation), so each round repeats the work for at least 25 ms.
 */
function fastest(rounds: number, work: () => void): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    let times = 0;
    do {
      work();
      times += 1;
    } while (performance.now() - started < 25);
    best = Math.min(best, (performance.now() - started) / times);
  }
  return best;
}

function measure(sample: CodecSample, rounds: number): CodecCost {
  const key = crypto.getRandomValues(new Uint8Array(32));
  const codec = createSealedCodec(key);
  const audit = sample.store === 'audit';
  const encode = (row: object) => (audit ? codec.sealAudit(row as AuditEntry) : codec.encode(sample.store as RecordTable, row as RecordMeta));
  const decode = (stored: unknown) => (audit ? codec.openAudit(stored as StoredAuditEntry) : codec.decode(sample.store as RecordTable, stored));
  const stored = sample.rows.map(encode);
  stored.forEach(decode);
  const encodeMs = fastest(rounds, () => sample.rows.forEach(encode));
  const decodeMs = fastest(rounds, () => stored.forEach(decode));
  const perRow = (ms: number) => (ms * 1000) / sample.rows.length;
  const size = (rows: unknown[]) => rows.reduce<number>((sum, row) => sum + JSON.stringify(row).length, 0) / rows.length;
  const cost: CodecCost = {
    store: sample.store,
    rows: sample.rows.length,
    encodeUs: perRow(encodeMs),
    decodeUs: perRow(decodeMs),
    plainBytes: size(sample.rows),
    storedBytes: size(stored),
  };
  if (audit) {
    const hmac = hmacDigest(key);
    const entries = stored as Omit<StoredAuditEntry, 'hash'>[];
    entries.forEach((entry) => hashEntry(entry, hmac));
    cost.sha256Us = perRow(fastest(rounds, () => entries.forEach((entry) => hashEntry(entry, sha256Digest))));
    cost.hmacUs = perRow(fastest(rounds, () => entries.forEach((entry) => hashEntry(entry, hmac))));
  }
  return cost;
}

(globalThis as unknown as { benchCodec: (samples: CodecSample[], rounds: number) => CodecCost[] }).benchCodec = (samples, rounds) =>
  samples.map((sample) => measure(sample, rounds));

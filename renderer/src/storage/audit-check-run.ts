/** One run of the audit check: its settings, its hashing, the progress it reports, cancelling. */
import type { EntryDigest } from '../domain/audit-chain';
import { defaultTuning, type IncrementalTuning } from '../domain/audit-checkpoint';
import { createEntryHasher, type EntryHasher } from './audit-hashing';
import type { RoundtableDb } from './db';

export type AuditCheckMode = 'full' | 'incremental';

export interface AuditCheckProgress {
  /** 'full' also when an incremental check turned into a full one. */
  mode: AuditCheckMode;
  checked: number;
  total: number;
}

export interface AuditCheckOptions {
  /** 'incremental' (default) goes on from the checkpoint; 'full' verifies every entry. */
  mode?: AuditCheckMode;
  /** Entries read at a time. */
  chunkSize?: number;
  onProgress?: (progress: AuditCheckProgress) => void;
  /** Stops the check between two chunks; it then throws AuditCheckCancelledError and records nothing. */
  signal?: AbortSignal;
  now?: () => Date;
  tuning?: Partial<IncrementalTuning>;
}

export class AuditCheckCancelledError extends Error {
  constructor() {
    super('the audit check was cancelled');
    this.name = 'AuditCheckCancelledError';
  }
}

const defaultChunkSize = 5000;

export class CheckRun {
  readonly chunkSize: number;
  readonly tuning: IncrementalTuning;
  private mode: AuditCheckMode = 'incremental';
  private checked = 0;
  private total = 0;

  private constructor(
    readonly db: RoundtableDb,
    readonly digest: EntryDigest,
    readonly hasher: EntryHasher,
    private readonly options: AuditCheckOptions,
  ) {
    this.chunkSize = Math.max(1, options.chunkSize ?? defaultChunkSize);
    this.tuning = { ...defaultTuning, ...options.tuning };
  }

  static async start(db: RoundtableDb, digest: EntryDigest, options: AuditCheckOptions): Promise<CheckRun> {
    return new CheckRun(db, digest, await createEntryHasher(digest), options);
  }

  now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  get entriesChecked(): number {
    return this.checked;
  }

  /** Starts (or starts over, when an incremental check turns into a full one) counting. */
  begin(mode: AuditCheckMode, total: number): void {
    this.mode = mode;
    this.checked = 0;
    this.total = total;
    this.report();
  }

  advance(entries: number): void {
    this.checked += entries;
    this.report();
  }

  throwIfCancelled(): void {
    if (this.options.signal?.aborted) throw new AuditCheckCancelledError();
  }

  private report(): void {
    // Entries appended while the check runs are checked too: the total grows with them.
    this.total = Math.max(this.total, this.checked);
    this.options.onProgress?.({ mode: this.mode, checked: this.checked, total: this.total });
  }
}

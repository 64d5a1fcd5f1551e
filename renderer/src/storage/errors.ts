/**
 * What went wrong in storage, in words the UI can translate. Dexie wraps IndexedDB's
 * DOMExceptions; both carry the name we classify on (inner errors included, because a
 * quota error inside a transaction surfaces as an AbortError whose `inner` is the cause).
 */
import Dexie from 'dexie';

export type StorageProblem = 'quota' | 'unavailable' | 'newerVersion' | 'blocked' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    override readonly cause: unknown,
  ) {
    super(`storage: ${problem}`);
    this.name = 'StorageError';
  }
}

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string') found.push(name);
    current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return found;
}

export function classifyStorageError(error: unknown): StorageProblem {
  if (error instanceof StorageError) return error.problem;
  const seen = names(error);
  if (seen.includes('QuotaExceededError')) return 'quota';
  if (seen.includes('VersionError')) return 'newerVersion';
  if (seen.includes('BlockedError') || seen.includes('DatabaseBlockedError')) return 'blocked';
  if (
    seen.some((name) =>
      ['MissingAPIError', 'InvalidStateError', 'SecurityError', 'OpenFailedError', 'UnknownError', 'DatabaseClosedError'].includes(name),
    )
  ) {
    return 'unavailable';
  }
  return 'unknown';
}

/**
 * Runs a storage call and rethrows failures of IndexedDB or Dexie as a classified
 * StorageError. Other errors (validation, "not found") pass through unchanged: they are
 * the caller's to handle, not a storage problem.
 */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Dexie.DexieError || error instanceof DOMException) {
      throw new StorageError(classifyStorageError(error), error);
    }
    throw error;
  }
}

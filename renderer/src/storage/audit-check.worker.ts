/**
 * The audit check in a Web Worker: hashing 300,000 entries takes seconds, and on the main
 * thread the window would freeze meanwhile. It opens its own connection to the app's
 * database (already opened, and so upgraded, by the window), runs the same streaming check
 * as the main thread (audit-verification.ts), posts progress after every chunk, and closes.
 */
import { digestFromSpec } from '../domain/audit-chain';
import type { AuditCheckReply, AuditCheckRequest } from './audit-check-protocol';
import { runAuditCheck } from './audit-verification';
import { RoundtableDb } from './db';
import { guarded, markOutdated, StorageError } from './errors';
import { latestVersion } from './migrations';
import { storedSchemaVersion } from './open';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AuditCheckRequest>) => void) | null;
  postMessage(message: AuditCheckReply): void;
}
const scope = self as unknown as WorkerScope;

/**
 * Opens the database only as the window left it: never creating it, never upgrading it (the
 * window's version handling owns that), never opening a newer one.
 */
async function openAsTheWindowLeftIt(db: RoundtableDb): Promise<void> {
  const stored = await guarded(() => storedSchemaVersion(db.name));
  if (stored === undefined) throw new StorageError('unavailable', new Error(`database ${db.name} does not exist`));
  if (stored > latestVersion) throw new StorageError('newerVersion', new Error(`database schema ${stored} is newer than ${latestVersion}`));
  if (stored < latestVersion) throw new StorageError('unavailable', new Error(`database schema ${stored} was not upgraded to ${latestVersion}`));
  await guarded(() => db.open());
}

async function check(request: AuditCheckRequest): Promise<void> {
  const db = new RoundtableDb(request.databaseName);
  // A newer Roundtable opening the database closes this connection too; say so, as the window does.
  db.onUpgradedElsewhere(markOutdated);
  try {
    await openAsTheWindowLeftIt(db);
    const report = await runAuditCheck(db, digestFromSpec(request.digest), {
      mode: request.mode,
      onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
    });
    scope.postMessage({ type: 'done', report });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      problem: error instanceof StorageError ? error.problem : null,
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    db.close();
  }
}

scope.onmessage = (event) => void check(event.data);

/**
 * Runs the audit check in a Web Worker (audit-check.worker.ts), one worker per check:
 * progress comes back as messages, cancelling ends the worker (a read-only check leaves
 * nothing half done; the checkpoint is written in one transaction or not at all).
 */
import { digestSpecOf } from '../domain/audit-chain';
import type { AuditCheckReply, AuditCheckRequest } from './audit-check-protocol';
import { AuditCheckCancelledError, type AuditCheckMode, type AuditCheckProgress, type AuditCheckReport } from './audit-verification';
import type { RoundtableDb } from './db';
import { isOutdated, StorageError } from './errors';

export interface BackgroundCheckOptions {
  mode?: AuditCheckMode;
  onProgress?: (progress: AuditCheckProgress) => void;
  /** Aborting ends the worker; the promise then rejects with AuditCheckCancelledError. */
  signal?: AbortSignal;
}

export function checkAuditTrailInWorker(db: RoundtableDb, options: BackgroundCheckOptions = {}): Promise<AuditCheckReport> {
  const { mode = 'incremental', onProgress, signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AuditCheckCancelledError());
    if (isOutdated()) return reject(new StorageError('outdated', new Error('the database was upgraded by another window')));
    // Written out like this so Vite bundles the worker (web edition and desktop alike).
    const worker = new Worker(new URL('./audit-check.worker.ts', import.meta.url), { type: 'module', name: 'roundtable-audit-check' });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      stop();
      reject(new AuditCheckCancelledError());
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<AuditCheckReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress?.(reply.progress);
        return;
      }
      stop();
      if (reply.type === 'done') resolve(reply.report);
      else reject(reply.problem ? new StorageError(reply.problem, new Error(reply.message)) : new Error(reply.message));
    };
    worker.onerror = (event) => {
      // The worker could not start or crashed: no result will come.
      event.preventDefault();
      stop();
      reject(new Error(`the audit check could not run: ${event.message || 'the worker failed to load'}`));
    };
    const request: AuditCheckRequest = { databaseName: db.name, mode, digest: digestSpecOf(db.auditDigest) };
    worker.postMessage(request);
  });
}

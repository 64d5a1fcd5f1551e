/** What the window and the audit-check worker say to each other (structured-clone data only). */
import type { DigestSpec } from '../domain/audit-chain';
import type { AuditCheckMode, AuditCheckProgress, AuditCheckReport } from './audit-verification';
import type { StorageProblem } from './errors';

/** Sent once: which database to open, how to check, and how entries are hashed (with the key, once keyed). */
export interface AuditCheckRequest {
  databaseName: string;
  mode: AuditCheckMode;
  digest: DigestSpec;
}

export type AuditCheckReply =
  | { type: 'progress'; progress: AuditCheckProgress }
  | { type: 'done'; report: AuditCheckReport }
  /** `problem` when the database failed (closed, blocked, outdated…), null for anything else. */
  | { type: 'failed'; problem: StorageProblem | null; message: string };

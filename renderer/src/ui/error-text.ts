/**
 * Every error the app can meet, in words: storage problems, refusals of the rules, invalid
 * data, failures of the desktop shell, and the rest. One place, so that a refusal never
 * reads as a crash and a full disk never reads as "unexpected".
 */
import type { TFunction } from 'i18next';
import { ZodError } from 'zod';
import type { Refusal } from '../domain/refusal';
import { parseMessage } from '../domain/validation';
import { PlatformError } from '../platform/types';
import { isBackupFailure } from '../../../electron/backup-failures';
import { BackupError, classifyStorageError, RefusedError, StorageError } from '../storage';
import { backupErrorText } from './backup-error-text';

/** What the user was doing, for errors that say nothing about themselves. */
export type ErrorContext = 'save' | 'export';

type T = TFunction<['errors', 'common', 'validation', 'meetings', 'referrals']>;

function refusalText(refusal: Refusal, t: T): string {
  switch (refusal.kind) {
    case 'notFound':
      return t('errors:refusals.notFound', { entity: t(`errors:entities.${refusal.entity}`) });
    case 'stale':
      return t('errors:refusals.stale', { entity: t(`errors:entities.${refusal.entity}`) });
    case 'minutesLocked':
      return t('errors:refusals.minutesLocked');
    case 'lifecycle':
      return t(`meetings:lifecycle.errors.${refusal.reason}`);
    case 'transition':
      return t(`referrals:transition.errors.${refusal.reason}`);
    case 'coverageGap':
      return t('errors:refusals.coverageGap');
    case 'agreementMismatch':
      return t('errors:refusals.agreementMismatch');
    case 'localUserMissing':
      return t('errors:refusals.localUserMissing');
    case 'reviewRefused':
      return t(`errors:refusals.reviewRefused.${refusal.reason}`);
    case 'carryOver':
      return t(`meetings:carryOver.errors.${refusal.reason}`);
    case 'riskPicture':
      return t(`errors:refusals.riskPicture.${refusal.reason}`);
    case 'erasure':
      return t(`errors:refusals.erasure.${refusal.reason}`);
  }
}

function detailsOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/** The sentence to show for `error`: what happened and what to do. */
export function errorText(error: unknown, t: T, context: ErrorContext = 'save'): string {
  if (error instanceof RefusedError) return refusalText(error.refusal, t);
  if (error instanceof BackupError) return backupErrorText(error, t);
  if (error instanceof StorageError) return t(`common:storage.${error.problem}`);
  if (error instanceof PlatformError) {
    if (isBackupFailure(error.reason)) return t(`errors:platform.reason.${error.reason}`);
    const details = error.issues.length > 0 ? error.issues.map((issue) => issue.message).join('; ') : error.message;
    return t(`errors:platform.${error.code}`, { details });
  }
  if (error instanceof ZodError) {
    const parsed = parseMessage(error.issues[0]?.message);
    if (parsed && 'key' in parsed)
      return t('errors:invalid', { message: t(`validation:${parsed.key}`, parsed.values ?? {}), field: error.issues[0]!.path.join('.') });
    return t('errors:invalidUnknown');
  }
  const problem = classifyStorageError(error);
  if (problem !== 'unknown' || context === 'save') return t(`common:storage.${problem}`);
  return t('errors:export', { details: detailsOf(error) });
}

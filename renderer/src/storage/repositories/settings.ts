/** The app's own settings (language, first-start choice), one record per key. */
import { z } from 'zod';
import { languageSchema } from '../../../../electron/contract';
import { limits } from '../../domain/validation';
import { keyringSchema } from '../../crypto/keyring';
import { backupKinds } from '../backup/backup-file';
import { IDLE_LOCK_CHOICES } from '../../domain/session';
import { retentionScheduleSchema } from '../../domain/retention';
import type { RoundtableDb, SettingRecord } from '../db';
import { guarded } from '../errors';

/** Each setting's schema: a value read back that does not fit is treated as unset. */
const settingSchemas = {
  /** The wrapped data key (crypto/keyring.ts): readable before unlocking, holds nothing in plaintext. */
  keyring: keyringSchema,
  /** Since when the data is encrypted, and what the audit check said of the trail just before (a converted database). */
  encryption: z.object({
    since: z.iso.datetime(),
    converted: z.boolean(),
    chainBefore: z.union([z.literal('intact'), z.object({ seq: z.number().int().nullable(), reason: z.string() })]).nullable(),
  }),
  language: languageSchema,
  onboarding: z.enum(['empty', 'example']),
  /** Printed at the top of minutes, e.g. "Runder Tisch Prävention Musterstadt". */
  networkName: z.string().trim().max(limits.name),
  /**
   * Minutes without input before the app locks. Sealed like every setting not needed before
   * unlocking: only the unlocked app reads it, and sealing also keeps anyone with access to
   * the disk from lengthening it unnoticed (a changed value no longer decrypts).
   */
  idleLockMinutes: z.literal(IDLE_LOCK_CHOICES),
  /**
   * How long each kind of record is kept (domain/retention.ts); each rule not stored takes its
   * default. Sealed: a longer period slipped in on the disk would keep records past their time.
   */
  retentionSchedule: retentionScheduleSchema,
  /** Who works at this computer: written into every audit entry. */
  localUser: z.object({ name: z.string().trim().min(1).max(limits.name), organisation: z.string().trim().min(1).max(limits.name) }),
  /**
   * The audit trail's upgrade to the erasable format (migration 011): when, how many entries,
   * what the check said of the old chain just before, and whether it was rewritten (not when an
   * old entry did not open).
   */
  auditUpgrade: z.object({
    at: z.iso.datetime(),
    entries: z.number().int().min(0),
    chainBefore: z.union([z.literal('intact'), z.object({ seq: z.number().int().nullable(), reason: z.string() })]),
    upgraded: z.boolean(),
  }),
  /** The audit log's last entry, so cutting entries off its end is detected. */
  auditHead: z.object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  /**
   * How far the audit check last found the trail intact, so the next check goes on from
   * there (storage/audit-checkpoint.ts): that entry's number and hash, when, the last full
   * check, where the re-check of older entries goes on, and a digest over all of it.
   */
  auditVerified: z.object({
    seq: z.number().int().min(0),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    at: z.iso.datetime(),
    fullCheck: z.object({ at: z.iso.datetime(), seq: z.number().int().min(0) }).nullable(),
    sweepFrom: z.number().int().min(1),
    mac: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  /**
   * The last backup made (storage/backup/automatic.ts): when, its file name, what for, where it
   * went (the desktop's folder, or a download) and whether it was verified: decrypted and
   * checked in full before it was written, and read back from the folder byte for byte.
   * Plaintext, so the overview can warn without decrypting anything; it holds nothing personal.
   */
  lastBackup: z.strictObject({
    at: z.iso.datetime(),
    fileName: z.string().min(1).max(255),
    kind: z.enum(backupKinds),
    location: z.enum(['folder', 'download']),
    verified: z.boolean(),
  }),
} as const;

export type SettingKey = keyof typeof settingSchemas;

/** Whether `key` is a setting this version knows (a backup holding another is refused). */
export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingSchemas, key);
}
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

/** A stored value read back: undefined when it does not fit the setting's schema. */
export function readSetting<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> | undefined {
  const parsed = settingSchemas[key].safeParse(stored);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

/** A value about to be stored, checked (and trimmed); throws a ZodError when it does not fit. */
export function checkSetting<K extends SettingKey>(key: K, value: SettingValue<K>): SettingValue<K> {
  return settingSchemas[key].parse(value) as SettingValue<K>;
}

/** A setting as the app sees it, from its stored row (decrypted when sealed); undefined when missing or invalid. */
export function settingOf<K extends SettingKey>(db: RoundtableDb, key: K, row: SettingRecord | undefined): SettingValue<K> | undefined {
  return readSetting(key, db.codec.decodeSetting(key, row?.value));
}

/** The row that stores `value` (checked, then sealed unless the setting stays plaintext). */
export function settingRow<K extends SettingKey>(db: RoundtableDb, key: K, value: SettingValue<K>): SettingRecord {
  return { key, value: db.codec.encodeSetting(key, checkSetting(key, value)) };
}

export function createSettingsRepository(db: RoundtableDb) {
  return {
    async get<K extends SettingKey>(key: K): Promise<SettingValue<K> | undefined> {
      const record = await guarded(() => db.settings.get(key));
      return settingOf(db, key, record);
    },
    async set<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
      const row = settingRow(db, key, value);
      await guarded(() => db.settings.put(row));
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;

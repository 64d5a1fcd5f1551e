/**
 * Every schema version, in order. A version is never edited once released: a change is a
 * new entry with its own test in tests/migrations/.
 *
 * Index only non-personal fields (ids, foreign keys, dates, status and type codes). Names,
 * notes and anything about a person stay unindexed, so they can be encrypted at rest later.
 */
import type { Dexie, Transaction } from 'dexie';
import { migration001 } from './001-initial';
import { migration002 } from './002-meetings';
import { migration003 } from './003-referrals';
import { migration004 } from './004-agreements';
import { migration005 } from './005-meeting-time-zones';
import { migration006 } from './006-revisions-and-audit';
import { migration007 } from './007-list-indexes';
import { migration008 } from './008-partner-indexes';
import { migration009 } from './009-risk-pictures';
import { migration010 } from './010-action-changes';
import { migration011 } from './011-retention';

export interface Migration {
  version: number;
  /** Dexie store definitions: primary key first, then indexes. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
];

export const latestVersion = migrations[migrations.length - 1]!.version;

/**
 * Declares schema versions 1..upTo, each with its upgrade, on a Dexie instance. The app's
 * database declares them all; a migration test stops at the version it starts from, so both
 * take the same path.
 */
export function declareMigrations(dexie: Dexie, upTo: number = latestVersion): void {
  if (!migrations.some((migration) => migration.version === upTo)) throw new RangeError(`No migration has version ${upTo}.`);
  for (const migration of migrations) {
    if (migration.version > upTo) break;
    const version = dexie.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
}

/**
 * The fields `table` indexes in the latest schema (compound indexes split into their parts,
 * the primary key included): what must stay plaintext when records are encrypted.
 */
export function indexedFieldsOf(table: string): string[] {
  let spec: string | null | undefined;
  for (const migration of migrations) if (table in migration.stores) spec = migration.stores[table];
  if (!spec) return [];
  return [
    ...new Set(
      spec
        .split(',')
        .flatMap((index) =>
          index
            .trim()
            .replace(/^[&*]|^\+\+/g, '')
            .replace(/^\[|\]$/g, '')
            .split('+'),
        )
        .map((field) => field.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The list of migrations itself: numbered 1..N without gaps, each with its own test file in
 * this folder, indexing no personal field, and the one the app's database declares.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RoundtableDb } from '../../renderer/src/storage/db';
import { latestVersion, migrations } from '../../renderer/src/storage/migrations';
import { newDatabaseName, snapshot, upgradeTo } from './support';

/** `NNN` of every `NNN-name.<suffix>` file a glob found, in order. */
function numbersOf(paths: Record<string, unknown>): number[] {
  return Object.keys(paths)
    .map((path) => Number(/\/(\d{3})-[^/]+$/.exec(path)?.[1]))
    .sort((a, b) => a - b);
}

/**
 * Fields that may be indexed: ids, foreign keys, dates, status and type codes. Anything
 * else (names, notes, contact details) must stay unindexed so it can be encrypted later.
 */
const indexable = new Set([
  'id',
  'key',
  'partnerId',
  'sector',
  'status',
  'type',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'seriesId',
  'startsAt',
  'meetingId',
  'agendaItemId',
  'ownerPartnerId',
  'dueDate',
  'caseCode',
  'caseYear',
  'referringPartnerId',
  'leadPartnerId',
  'receivedOn',
  'nextReviewOn',
  'referralId',
  'kind',
  'seq',
  'entityId',
  'parentId',
  'at',
  'startDate',
  'reviewDate',
  'endDate',
  'agreementId',
  'sharedOn',
  // Partner ids (008): who was invited, who is involved, who shared with whom, who is party.
  'invitedPartnerIds',
  'involvedPartnerIds',
  'fromPartnerId',
  'toPartnerId',
  'partyIds',
  // Retention (011): the day a case's period runs from, a hold's end, the record a hold keeps,
  // and which table a deleted record was in.
  'retentionFrom',
  'until',
  'recordId',
  'table',
  // Risk picture editions (009): their period and the edition they continue.
  'periodStart',
  'periodEnd',
  'previousEditionId',
]);

describe('the migrations', () => {
  const versions = migrations.map((migration) => migration.version);

  it('are numbered 1..N in order, without gaps', () => {
    expect(versions).toEqual(Array.from({ length: migrations.length }, (_, index) => index + 1));
    expect(latestVersion).toBe(migrations.length);
  });

  it('are all in the list, one file each', () => {
    expect(numbersOf(import.meta.glob('../../renderer/src/storage/migrations/[0-9][0-9][0-9]-*.ts'))).toEqual(versions);
  });

  it('each have their own test file here', () => {
    expect(numbersOf(import.meta.glob('./[0-9][0-9][0-9]-*.test.ts'))).toEqual(versions);
  });

  it('index no personal field in any version', () => {
    for (const migration of migrations) {
      for (const [table, spec] of Object.entries(migration.stores)) {
        const fields = (spec ?? '').split(',').map((part) =>
          part
            .trim()
            .replace(/^[&*+]+/, '')
            .replace(/^\[|\]$/g, ''),
        );
        for (const field of fields.flatMap((f) => f.split('+'))) {
          expect(indexable.has(field), `${table}.${field} in version ${migration.version}`).toBe(true);
        }
      }
    }
  });

  it('are what the app declares: its database opens at the latest version with the same schema', async () => {
    const app = new RoundtableDb(newDatabaseName());
    try {
      await app.open();
      expect(app.verno).toBe(latestVersion);
      expect((await snapshot(app)).schema).toStrictEqual((await upgradeTo(newDatabaseName(), latestVersion)).schema);
    } finally {
      app.close();
      await Dexie.delete(app.name);
    }
  });
});

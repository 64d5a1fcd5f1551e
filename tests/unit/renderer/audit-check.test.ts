/**
 * The audit check as it runs in the worker (here on the main thread: Node has no Worker):
 * streaming, from the checkpoint on by default, and the full re-check.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditHead, StoredAuditEntry } from '../../../renderer/src/domain/audit';
import { hashEntry, hmacDigest, nextEntry, nextStoredEntry } from '../../../renderer/src/domain/audit-chain';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import { AuditCheckCancelledError, type AuditCheckOptions, type AuditCheckProgress } from '../../../renderer/src/storage/audit-verification';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const actor = { name: 'Sam Entwurf', organisation: 'Jugendamt Musterstadt' };
let clock = new Date('2026-03-01T10:00:00.000Z');
/** Small numbers, so that chunk borders, the entries re-checked behind the checkpoint and the rotating re-check all show. */
const small: AuditCheckOptions = { chunkSize: 4, tuning: { behind: 3, sweepMinimum: 5, sweepRuns: 10 } };

function setup() {
  db = freshDb();
  clock = new Date('2026-03-01T10:00:00.000Z');
  return createAuditRepository(db, () => clock);
}

async function headOf(): Promise<AuditHead | undefined> {
  return (await db.settings.get('auditHead'))?.value as AuditHead | undefined;
}

/** Appends `count` well-formed entries and moves the head, as the record store would. */
async function append(count: number): Promise<void> {
  let previous = await headOf();
  const entries: StoredAuditEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const seq = (previous?.seq ?? 0) + 1;
    const entry = nextStoredEntry(
      previous,
      {
        id: `entry-${seq}`,
        at: new Date(Date.UTC(2026, 0, 1, 0, seq)).toISOString(),
        actor,
        action: 'update',
        entity: 'referral',
        entityId: `case-${seq % 7}`,
        parentId: null,
        changes: [{ field: 'status', old: null, new: `step ${seq}` }],
      },
      db.auditDigest,
      db.codec.sealAudit,
    );
    entries.push(entry);
    previous = { seq: entry.seq, hash: entry.hash };
  }
  await db.transaction('rw', db.audit, db.settings, async () => {
    await db.audit.bulkAdd(entries);
    await db.settings.put({ key: 'auditHead', value: previous });
  });
}

async function entryAt(seq: number): Promise<AuditEntry> {
  const entry = await db.audit.where('seq').equals(seq).first();
  if (!entry) throw new Error(`no entry ${seq}`);
  return entry as AuditEntry;
}

/** Every way of tampering the full check detects, by the entry it aims at. */
const tamperings: Record<string, (seq: number) => Promise<unknown>> = {
  'edit an entry’s values': async (seq) =>
    db.audit.update((await entryAt(seq)).id, { changes: [{ field: 'status', old: null, new: 'forged' }] } as Partial<AuditEntry>),
  'edit an entry and recompute its hash': async (seq) => {
    const { hash: _hash, ...rest } = await entryAt(seq);
    const forged = { ...rest, changes: [{ field: 'status', old: null, new: 'forged' }] };
    await db.audit.put({ ...forged, hash: hashEntry(forged) });
  },
  'delete an entry': async (seq) => db.audit.delete((await entryAt(seq)).id),
  'insert an entry after it': async (seq) => {
    const before = await entryAt(seq);
    const { hash: _hash, ...rest } = before;
    const inserted = { ...rest, id: 'inserted', seq: seq + 0.5, prevHash: before.hash };
    await db.audit.add({ ...inserted, hash: hashEntry(inserted) });
  },
  'truncate the tail from it': async (seq) => db.audit.where('seq').aboveOrEqual(seq).delete(),
  'move the head back to it': async (seq) => db.settings.put({ key: 'auditHead', value: { seq, hash: (await entryAt(seq)).hash } }),
  'put in an entry without a number': async (seq) => {
    const { seq: _seq, ...rest } = await entryAt(seq);
    await db.audit.add({ ...rest, id: 'unnumbered' } as AuditEntry);
  },
};

/** A trail of 30 entries checked in full (checkpoint at 30), then 10 more. */
async function checkedThenGrown() {
  const audit = setup();
  await append(30);
  expect((await audit.check({ ...small, mode: 'full' })).chain).toEqual({ ok: true, count: 30 });
  expect((await audit.lastCheck())?.seq).toBe(30);
  await append(10);
  return audit;
}

describe('the audit check from the checkpoint on', () => {
  it('passes a clean trail both ways, rehashing only what is new, the entries just behind and a share of the older ones', async () => {
    const audit = await checkedThenGrown();
    const incremental = await audit.check(small);
    expect(incremental).toMatchObject({ chain: { ok: true, count: 40 }, unaudited: [], mode: 'incremental', resumedAt: 30, sweep: { from: 1, to: 5 } });
    // 3 behind the checkpoint, 10 new, 5 older ones.
    expect(incremental.checked).toBe(18);
    expect(incremental.lastFullCheck).toEqual({ at: '2026-03-01T10:00:00.000Z', seq: 30 });
    expect(await audit.lastCheck()).toMatchObject({ seq: 40, fullCheck: { seq: 30 } });
    const full = await audit.check({ ...small, mode: 'full' });
    expect(full).toMatchObject({ chain: { ok: true, count: 40 }, unaudited: [], mode: 'full', checked: 40 });
    expect(full.fullBecause).toBeUndefined();
  });

  it('starts with a full check when there is no checkpoint yet, and then goes on from it', async () => {
    const audit = setup();
    await append(12);
    expect(await audit.check(small)).toMatchObject({ chain: { ok: true, count: 12 }, mode: 'full', fullBecause: 'noCheckpoint', checked: 12 });
    await append(2);
    expect(await audit.check(small)).toMatchObject({ chain: { ok: true, count: 14 }, mode: 'incremental', resumedAt: 12 });
  });

  it('passes an empty trail and goes on from it', async () => {
    const audit = setup();
    expect((await audit.check(small)).chain).toEqual({ ok: true, count: 0 });
    await append(3);
    expect(await audit.check(small)).toMatchObject({ chain: { ok: true, count: 3 }, mode: 'incremental', resumedAt: 0 });
  });

  // After the checkpoint (33), at it (30), and just around it (29, 31).
  for (const [name, tamper] of Object.entries(tamperings)) {
    for (const seq of [33, 31, 30, 29]) {
      it(`finds what the full check finds: ${name} (#${seq}; checkpoint at #30)`, async () => {
        const audit = await checkedThenGrown();
        await tamper(seq);
        const full = await audit.check({ ...small, mode: 'full' });
        expect(full.chain.ok).toBe(false);
        expect((await audit.lastCheck())?.seq).toBe(30);
        const incremental = await audit.check(small);
        expect(incremental.chain).toEqual(full.chain);
        expect(incremental.mode).toBe('full');
        // Never moved past a failure.
        expect((await audit.lastCheck())?.seq).toBe(30);
      });
    }
  }

  it('finds a record that has no entry at all, and does not move on', async () => {
    const audit = await checkedThenGrown();
    await db.agreements.add({ id: 'written-around' } as never);
    const check = await audit.check(small);
    expect(check.chain.ok).toBe(true);
    expect(check.unaudited).toEqual([{ entity: 'agreement', count: 1, ids: ['written-around'] }]);
    expect((await audit.lastCheck())?.seq).toBe(30);
  });

  it('counts the entries behind the checkpoint: an entry removed or put in there is found without reading them', async () => {
    const beforeTheFirst = async () => {
      const { hash: _hash, ...first } = await entryAt(1);
      const inserted = { ...first, id: 'before-the-first', seq: 0 };
      await db.audit.add({ ...inserted, hash: hashEntry(inserted) });
    };
    for (const tamper of [() => tamperings['delete an entry']!(8), () => tamperings['insert an entry after it']!(8), beforeTheFirst]) {
      const audit = await checkedThenGrown();
      await tamper();
      const incremental = await audit.check(small);
      expect(incremental).toMatchObject({ mode: 'full', fullBecause: 'changedBehind', chain: { ok: false } });
      expect(incremental.chain).toEqual((await audit.check({ ...small, mode: 'full' })).chain);
      await db.delete();
    }
  });

  for (const name of ['edit an entry’s values', 'edit an entry and recompute its hash']) {
    it(`cannot see "${name}" behind the checkpoint, but the full check can, and so can the rotating re-check once it gets there`, async () => {
      const audit = await checkedThenGrown();
      await tamperings[name]!(12);
      const full = await audit.check({ ...small, mode: 'full' });
      // Plain SHA-256 can be recomputed by anyone (the break shows at the next link); the keyed
      // chain cannot be without the key, so the forged entry's own hash fails.
      expect(full.chain).toMatchObject({ ok: false, seq: name.includes('hash') && !db.codec.sealed ? 13 : 12 });
      // The first check from the checkpoint re-verifies #1–#5: the change at #12 is out of its sight.
      const first = await audit.check(small);
      expect(first).toMatchObject({ chain: { ok: true }, mode: 'incremental', sweep: { from: 1, to: 5 } });
      // The next ones go on where it left off, and find it.
      const second = await audit.check(small);
      expect(second).toMatchObject({ chain: { ok: true }, sweep: { from: 6, to: 10 } });
      const third = await audit.check(small);
      expect(third).toMatchObject({ mode: 'full', fullBecause: 'failure' });
      expect(third.chain).toEqual(full.chain);
      expect((await audit.lastCheck())?.seq).toBe(40);
    });
  }

  it('re-verifies every older entry within a few checks, then starts over', async () => {
    const audit = setup();
    await append(40);
    await audit.check({ ...small, mode: 'full' });
    const swept: number[] = [];
    for (let run = 0; run < 9; run += 1) {
      const { sweep } = await audit.check(small);
      for (let seq = sweep!.from; seq <= sweep!.to; seq += 1) swept.push(seq);
    }
    // 37 older entries (3 behind the checkpoint are rehashed every time), 5 a check.
    expect(swept.slice(0, 37)).toEqual(Array.from({ length: 37 }, (_, index) => index + 1));
    expect(swept.slice(37, 40)).toEqual([1, 2, 3]);
  });

  it('reports progress, entries checked of the total, up to the end', async () => {
    const audit = await checkedThenGrown();
    const seen: AuditCheckProgress[] = [];
    await audit.check({ ...small, mode: 'full', onProgress: (progress) => seen.push(progress) });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every((progress) => progress.mode === 'full' && progress.total === 40)).toBe(true);
    expect(seen.map((progress) => progress.checked)).toEqual([...seen.map((progress) => progress.checked)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ mode: 'full', checked: 40, total: 40 });

    await append(5);
    seen.length = 0;
    const report = await audit.check({ ...small, onProgress: (progress) => seen.push(progress) });
    expect(seen.at(-1)).toEqual({ mode: 'incremental', checked: report.checked, total: report.checked });
  });

  it('stops when cancelled, and records nothing', async () => {
    const audit = await checkedThenGrown();
    const controller = new AbortController();
    const check = audit.check({ ...small, mode: 'full', signal: controller.signal, onProgress: ({ checked }) => checked > 0 && controller.abort() });
    await expect(check).rejects.toBeInstanceOf(AuditCheckCancelledError);
    expect((await audit.lastCheck())?.seq).toBe(30);
  });

  it('records when the last full check ran; a check from the checkpoint keeps that date', async () => {
    const audit = await checkedThenGrown();
    clock = new Date('2026-03-02T08:00:00.000Z');
    await audit.check(small);
    expect(await audit.lastCheck()).toEqual({ seq: 40, at: '2026-03-02T08:00:00.000Z', fullCheck: { at: '2026-03-01T10:00:00.000Z', seq: 30 } });
    clock = new Date('2026-03-03T08:00:00.000Z');
    expect((await audit.check({ ...small, mode: 'full' })).lastFullCheck).toEqual({ at: '2026-03-03T08:00:00.000Z', seq: 40 });
  });

  it('ignores a checkpoint that was written around it (its digest does not match) and checks everything', async () => {
    const audit = await checkedThenGrown();
    const stored = (await db.settings.get('auditVerified'))!.value as { seq: number };
    // Moved forward to skip the check of what came since: refused.
    const last = await entryAt(40);
    await db.settings.put({ key: 'auditVerified', value: { ...stored, seq: 40, hash: last.hash } });
    expect(await audit.lastCheck()).toBeUndefined();
    expect(await audit.check(small)).toMatchObject({ mode: 'full', fullBecause: 'noCheckpoint', chain: { ok: true, count: 40 } });
  });

  it('checks alike with a digest it only knows as a function (hashed in JavaScript, not WebCrypto)', async () => {
    const audit = setup();
    await append(9);
    const plain = db.auditDigest;
    db.auditDigest = (message) => plain(message);
    expect(await audit.check({ ...small, mode: 'full' })).toMatchObject({ chain: { ok: true, count: 9 }, checked: 9 });
    await tamperings['edit an entry’s values']!(4);
    expect((await audit.check({ ...small, mode: 'full' })).chain).toEqual({ ok: false, seq: 4, reason: 'hash' });
  });

  it('seals the checkpoint with the chain’s key once keyed: with another key it does not count', async () => {
    const audit = setup();
    db.auditDigest = hmacDigest(new Uint8Array(32).fill(7));
    await append(0);
    const entries: StoredAuditEntry[] = [];
    let previous: AuditHead | undefined;
    for (let seq = 1; seq <= 6; seq += 1) {
      const entry = nextEntry(
        previous,
        { id: `k-${seq}`, at: '2026-03-01T10:00:00.000Z', actor, action: 'view', entity: 'referral', entityId: 'case-1', parentId: null, changes: [] },
        db.auditDigest,
      );
      entries.push(entry);
      previous = entry;
    }
    await db.audit.bulkAdd(entries);
    await db.settings.put({ key: 'auditHead', value: { seq: 6, hash: previous!.hash } });
    expect((await audit.check({ ...small, mode: 'full' })).chain).toEqual({ ok: true, count: 6 });
    expect(await audit.check(small)).toMatchObject({ mode: 'incremental', chain: { ok: true, count: 6 } });
    db.auditDigest = hmacDigest(new Uint8Array(32).fill(8));
    expect(await audit.lastCheck()).toBeUndefined();
    expect((await audit.check(small)).chain).toEqual({ ok: false, seq: 1, reason: 'hash' });
  });
});

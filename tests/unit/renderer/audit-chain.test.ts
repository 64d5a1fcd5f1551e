import { describe, expect, it } from 'vitest';
import { historyEntries, type AuditEntry, type LocalUser } from '../../../renderer/src/domain/audit';
import {
  canonicalJson,
  ChainVerifier,
  diffChanges,
  digestFromSpec,
  digestSpecOf,
  GENESIS_HASH,
  hashEntry,
  hmacDigest,
  nextEntry,
  sha256Digest,
  verifyChain,
} from '../../../renderer/src/domain/audit-chain';

const actor: LocalUser = { name: 'Sam Entwurf', organisation: 'Jugendamt Musterstadt' };

function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let index = 0; index < length; index += 1) {
    entries.push(
      nextEntry(entries.at(-1), {
        id: `00000000-0000-4000-8000-00000000000${index}`,
        at: `2026-03-0${index + 1}T10:00:00.000Z`,
        actor,
        action: index === 0 ? 'create' : 'update',
        entity: 'referral',
        entityId: 'case-1',
        parentId: null,
        changes: [{ field: 'riskLevel', old: index === 0 ? null : 'low', new: index === 0 ? 'low' : 'medium' }],
      }),
    );
  }
  return entries;
}
const headOf = (entries: AuditEntry[]) => ({ seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash });

describe('canonicalJson', () => {
  it('sorts keys recursively, keeps array order, drops undefined, adds no whitespace', () => {
    const a = { b: 1, a: { d: [3, 1, { z: true, y: null }], c: 'x' }, gone: undefined };
    const b = { a: { c: 'x', d: [3, 1, { y: null, z: true }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(b)).toBe('{"a":{"c":"x","d":[3,1,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson([undefined])).toBe('[null]');
    expect(canonicalJson(new Date('2026-03-01T10:00:00.000Z'))).toBe('"2026-03-01T10:00:00.000Z"');
  });
});

describe('hashEntry and nextEntry', () => {
  it('still verifies entries written before they could name a parent record', () => {
    const [first] = chain(1);
    const { parentId: _parentId, hash: _hash, ...older } = first!;
    const legacy: AuditEntry = { ...older, hash: hashEntry(older) };
    expect(verifyChain([legacy], { seq: 1, hash: legacy.hash })).toEqual({ ok: true, count: 1 });
    // Naming a parent afterwards changes the hash: it cannot be added silently.
    expect(hashEntry({ ...older, parentId: 'case-0' })).not.toBe(legacy.hash);
  });

  it('starts at 1 from the genesis hash and links each entry to the one before', () => {
    const [first, second] = chain(2);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, actorName: 'Sam Entwurf', actorOrganisation: 'Jugendamt Musterstadt' });
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toMatchObject({ seq: 2, prevHash: first!.hash });
  });

  it('gives a stable hash for the same content, whatever the key order', () => {
    const [entry] = chain(1);
    const { hash, ...rest } = entry!;
    const reordered = Object.fromEntries(Object.entries(rest).reverse()) as Omit<AuditEntry, 'hash'>;
    expect(hashEntry(rest)).toBe(hash);
    expect(hashEntry(reordered)).toBe(hash);
    expect(hashEntry({ ...rest, at: '2026-03-01T10:00:00.001Z' })).not.toBe(hash);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain of 5, in any order', () => {
    const entries = chain(5);
    expect(verifyChain(entries, headOf(entries))).toEqual({ ok: true, count: 5 });
    const shuffled = [entries[3]!, entries[0]!, entries[4]!, entries[2]!, entries[1]!];
    expect(verifyChain(shuffled, headOf(entries))).toEqual({ ok: true, count: 5 });
  });

  it('accepts an empty log with no head or a head at 0', () => {
    expect(verifyChain([], undefined)).toEqual({ ok: true, count: 0 });
    expect(verifyChain([], { seq: 0, hash: GENESIS_HASH })).toEqual({ ok: true, count: 0 });
  });

  it('finds an entry changed after writing', () => {
    const entries = chain(5);
    const head = headOf(entries);
    entries[2] = { ...entries[2]!, actorName: 'Someone Else' };
    expect(verifyChain(entries, head)).toEqual({ ok: false, seq: 3, reason: 'hash' });
  });

  it('finds a changed entry whose hash was recomputed, at the next link', () => {
    const entries = chain(5);
    const head = headOf(entries);
    const forged = { ...entries[2]!, changes: [{ field: 'riskLevel', old: 'low', new: 'high' }] };
    entries[2] = { ...forged, hash: hashEntry(forged) };
    expect(verifyChain(entries, head)).toEqual({ ok: false, seq: 4, reason: 'link' });
  });

  it('finds a deleted entry as a gap', () => {
    const entries = chain(5);
    expect(
      verifyChain(
        entries.filter((entry) => entry.seq !== 2),
        headOf(entries),
      ),
    ).toEqual({ ok: false, seq: 3, reason: 'gap' });
    expect(verifyChain(entries.slice(1), headOf(entries))).toEqual({ ok: false, seq: 2, reason: 'gap' });
  });

  it('finds entries cut off the end by the head', () => {
    const entries = chain(5);
    const head = headOf(entries);
    expect(verifyChain(entries.slice(0, 4), head)).toEqual({ ok: false, seq: 5, reason: 'head' });
    expect(verifyChain([], head)).toEqual({ ok: false, seq: 1, reason: 'head' });
    expect(verifyChain(entries, undefined)).toEqual({ ok: false, seq: 5, reason: 'head' });
    expect(verifyChain(entries, { seq: 5, hash: GENESIS_HASH })).toEqual({ ok: false, seq: 5, reason: 'head' });
    expect(verifyChain(entries, { seq: 3, hash: entries[2]!.hash })).toEqual({ ok: false, seq: 4, reason: 'head' });
  });

  it('finds a repeated number as a broken link', () => {
    const entries = chain(3);
    expect(verifyChain([...entries, entries[1]!], headOf(entries))).toMatchObject({ ok: false, seq: 2, reason: 'link' });
  });

  it('finds entries put in without a number: they stand outside the chain', () => {
    const entries = chain(3);
    const { seq: _seq, hash: _hash, ...rest } = entries[1]!;
    const unnumbered = { ...rest, id: 'unnumbered' } as Omit<AuditEntry, 'hash'>;
    const stray = { ...unnumbered, hash: hashEntry(unnumbered) } as AuditEntry;
    expect(verifyChain([...entries, stray, { ...stray, seq: 'x' as unknown as number }], headOf(entries))).toEqual({ ok: false, reason: 'stray', count: 2 });
  });
});

describe('ChainVerifier (the streaming check)', () => {
  it('gives the verdict of verifyChain, whatever parts the chain is fed in', () => {
    const entries = chain(7);
    const forged = { ...entries[4]!, changes: [] };
    const broken = entries.map((entry, index) => (index === 4 ? { ...forged, hash: hashEntry(forged) } : entry));
    for (const log of [entries, broken, entries.slice(0, 6), entries.filter((entry) => entry.seq !== 3)]) {
      for (const size of [1, 2, 3, 7]) {
        const verifier = new ChainVerifier();
        for (let index = 0; index < log.length; index += size) verifier.add(log.slice(index, index + size));
        expect(verifier.finish(headOf(entries))).toEqual(verifyChain(log, headOf(entries)));
      }
    }
  });

  it('goes on from an entry’s number and hash, and checks the link to it', () => {
    const entries = chain(6);
    const from = new ChainVerifier(sha256Digest, { seq: 3, hash: entries[2]!.hash });
    expect(from.add(entries.slice(3))).toBeUndefined();
    expect(from.finish(headOf(entries))).toEqual({ ok: true, count: 6 });
    expect(from.count).toBe(3);
    const wrongAnchor = new ChainVerifier(sha256Digest, { seq: 3, hash: entries[1]!.hash });
    expect(wrongAnchor.add(entries.slice(3))).toEqual({ ok: false, seq: 4, reason: 'link' });
  });
});

describe('digest descriptions (for the worker)', () => {
  it('describe SHA-256 and a keyed HMAC so that the worker hashes exactly alike', () => {
    const message = new TextEncoder().encode('entry');
    expect(digestSpecOf(sha256Digest)).toEqual({ algorithm: 'sha256' });
    const keyed = hmacDigest(new Uint8Array(32).fill(7));
    const spec = digestSpecOf(keyed);
    expect(spec).toMatchObject({ algorithm: 'hmac-sha256' });
    // What crosses to the worker is a structured clone.
    expect(digestFromSpec(structuredClone(spec))(message)).toEqual(keyed(message));
    expect(digestFromSpec({ algorithm: 'sha256' })(message)).toEqual(sha256Digest(message));
    expect(() => digestSpecOf((bytes) => bytes)).toThrow(TypeError);
  });
});

describe('diffChanges', () => {
  const fields = ['status', 'concernTypes', 'summary'] as const;

  it('lists every field with old null for a create', () => {
    expect(diffChanges(null, { status: 'received', concernTypes: ['right'], summary: 'x', other: 1 }, fields)).toEqual([
      { field: 'status', old: null, new: 'received' },
      { field: 'concernTypes', old: null, new: ['right'] },
      { field: 'summary', old: null, new: 'x' },
    ]);
  });

  it('lists only fields whose value differs, comparing arrays by content', () => {
    const before = { status: 'received', concernTypes: ['right', 'left'], summary: 'x' };
    const after = { status: 'assessment', concernTypes: ['left', 'right'], summary: 'x' };
    expect(diffChanges(before, after, fields)).toEqual([
      { field: 'status', old: 'received', new: 'assessment' },
      { field: 'concernTypes', old: ['right', 'left'], new: ['left', 'right'] },
    ]);
  });

  it('lists nothing when nothing changed', () => {
    const record = { status: 'received', concernTypes: ['right'], summary: 'x', meta: { a: 1, b: 2 } };
    expect(diffChanges(record, { ...record, concernTypes: ['right'], meta: { b: 2, a: 1 } }, [...fields, 'meta'])).toEqual([]);
  });
});

describe('a record history', () => {
  it("keeps the record's own entries and those of records written with it that say something", () => {
    const entry = (id: string, entityId: string, changes: AuditEntry['changes'], action: AuditEntry['action'] = 'event') =>
      ({
        id,
        seq: 1,
        at: '',
        actorName: '',
        actorOrganisation: '',
        action,
        entity: entityId === 'case-1' ? 'referral' : 'referralEvent',
        entityId,
        parentId: 'case-1',
        changes,
        prevHash: '',
        hash: '',
      }) as AuditEntry;
    const entries = [
      entry('a', 'case-1', [{ field: 'status', old: 'received', new: 'screening' }], 'status'),
      entry('b', 'event-1', []),
      entry('c', 'event-2', [{ field: 'note', old: null, new: { on: '2026-03-02', text: 'Gespräch' } }]),
      entry('d', 'case-1', [], 'view'),
    ];
    expect(historyEntries(entries, 'case-1').map((e) => e.id)).toEqual(['a', 'c', 'd']);
  });
});

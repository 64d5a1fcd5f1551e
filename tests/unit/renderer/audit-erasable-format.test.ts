import { describe, expect, it } from 'vitest';
import type { LocalUser, SealedAuditEntry, StoredAuditEntry } from '../../../renderer/src/domain/audit';
import { hashEntry, hmacDigest, nextStoredEntry, sha256Digest, verifyChain, type EntryDigest } from '../../../renderer/src/domain/audit-chain';
import { eraseEntryActor, eraseEntryValues, NotErasableError } from '../../../renderer/src/domain/audit-format';
import { createEntryHasher } from '../../../renderer/src/storage/audit-hashing';
import { createSealedCodec } from '../../../renderer/src/storage/sealed-codec';
import { testSessionKeys } from './storage-helpers';

const actor: LocalUser = { name: 'Sam Entwurf', organisation: 'Jugendamt Musterstadt' };
const keyed: EntryDigest = hmacDigest(testSessionKeys.audit);
const codec = createSealedCodec(testSessionKeys.records);

function input(index: number) {
  return {
    id: `00000000-0000-4000-8000-00000000000${index}`,
    at: `2026-03-0${index + 1}T10:00:00.000Z`,
    actor,
    action: index === 0 ? ('create' as const) : ('update' as const),
    entity: 'referral' as const,
    entityId: 'case-1',
    parentId: null,
    changes: [{ field: 'summary', old: index === 0 ? null : `Text ${index - 1}`, new: `Text ${index}` }],
  };
}

/** A plain chain (before encryption, and unit tests) of the erasable format. */
function plainChain(length: number): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  for (let index = 0; index < length; index += 1) entries.push(nextStoredEntry(entries.at(-1), input(index), sha256Digest, (entry) => entry));
  return entries;
}

/** A sealed, keyed chain as the app writes it. */
function sealedChain(length: number): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  for (let index = 0; index < length; index += 1) entries.push(nextStoredEntry(entries.at(-1), input(index), keyed, codec.sealAudit));
  return entries;
}

const headOf = (entries: StoredAuditEntry[]) => ({ seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash });
const at = '2029-05-01T08:00:00.000Z';

describe('the erasable audit format', () => {
  it('is what new entries are written in, plain and sealed', () => {
    expect(plainChain(1)[0]).toMatchObject({ format: 2, actorName: actor.name });
    const [sealed] = sealedChain(1);
    expect(sealed).toMatchObject({ format: 2, sealedActor: expect.any(String), sealedChanges: expect.any(String) });
    expect(JSON.stringify(sealed)).not.toContain('Text 0');
    expect(JSON.stringify(sealed)).not.toContain(actor.name);
  });

  it('still verifies after the values of an entry are erased, through the stored commitment', () => {
    const entries = plainChain(3);
    const erased = entries.map((entry) => (entry.seq === 2 ? eraseEntryValues(entry, at) : entry));
    expect(JSON.stringify(erased[1])).not.toContain('Text 1');
    expect(erased[1]).toMatchObject({ changesDigest: expect.stringMatching(/^[0-9a-f]{64}$/), erased: { values: at } });
    expect(hashEntry(erased[1]!)).toBe(entries[1]!.hash);
    expect(verifyChain(erased, headOf(entries))).toEqual({ ok: true, count: 3 });
  });

  it('still verifies once who made the change is erased too, sealed and keyed, with both hashers', async () => {
    const entries = sealedChain(4);
    const erased = entries.map((entry) => (entry.seq === 3 ? eraseEntryActor(eraseEntryValues(entry, at), '2030-05-01T08:00:00.000Z') : entry));
    expect(erased[2]).not.toHaveProperty('sealedActor');
    expect(erased[2]).not.toHaveProperty('sealedChanges');
    expect(verifyChain(erased, headOf(entries), keyed)).toEqual({ ok: true, count: 4 });
    const hasher = await createEntryHasher(keyed);
    expect(await hasher.hashAll(erased)).toEqual(entries.map((entry) => entry.hash));
  });

  it('reads an erased entry as having no values and, once erased, no names; the rest as written', () => {
    const [entry] = sealedChain(1);
    const valuesGone = codec.openAudit(eraseEntryValues(entry!, at));
    expect(valuesGone).toMatchObject({ changes: [], actorName: actor.name, actorOrganisation: actor.organisation, erased: { values: at }, action: 'create' });
    const allGone = codec.openAudit(eraseEntryActor(eraseEntryValues(entry!, at), at));
    expect(allGone).toMatchObject({ changes: [], actorName: '', actorOrganisation: '', erased: { values: at, actor: at } });
  });

  it('erasing twice keeps the first date and the same commitment', () => {
    const [entry] = sealedChain(1);
    const once = eraseEntryValues(entry!, at);
    const twice = eraseEntryValues(once, '2031-01-01T00:00:00.000Z');
    expect(twice).toEqual(once);
  });

  it('reports a changed value, a forged commitment, a part removed without its commitment, and a field added', () => {
    const entries = sealedChain(3);
    const head = headOf(entries);
    const swapped = entries.map((entry, index) => (index === 1 ? { ...entry, sealedChanges: (entries[0] as { sealedChanges: string }).sealedChanges } : entry));
    expect(verifyChain(swapped as StoredAuditEntry[], head, keyed)).toEqual({ ok: false, seq: 2, reason: 'hash' });

    const erased = eraseEntryValues(entries[1]!, at) as StoredAuditEntry & { changesDigest: string };
    const forged = entries.map((entry, index) => (index === 1 ? { ...erased, changesDigest: '0'.repeat(64) } : entry));
    expect(verifyChain(forged, head, keyed)).toEqual({ ok: false, seq: 2, reason: 'hash' });

    const { sealedChanges: _gone, ...withoutPart } = entries[1] as StoredAuditEntry & { sealedChanges: string };
    const cut = entries.map((entry, index) => (index === 1 ? (withoutPart as StoredAuditEntry) : entry));
    expect(verifyChain(cut, head, keyed)).toEqual({ ok: false, seq: 2, reason: 'hash' });

    const added = entries.map((entry, index) => (index === 1 ? { ...entry, note: 'hinzugefügt' } : entry));
    expect(verifyChain(added as StoredAuditEntry[], head, keyed)).toEqual({ ok: false, seq: 2, reason: 'hash' });

    // A second copy of a part beside the sealed one (plain values, a digest) is a field added too.
    for (const extra of [{ changes: [{ field: 'status', old: null, new: 'forged' }] }, { actorName: 'Jemand' }, { changesDigest: '0'.repeat(64) }]) {
      const doubled = entries.map((entry, index) => (index === 1 ? { ...entry, ...extra } : entry));
      expect(verifyChain(doubled as StoredAuditEntry[], head, keyed)).toEqual({ ok: false, seq: 2, reason: 'hash' });
    }
  });

  it('does not let the actor part stand in for the values, nor one entry’s part for another’s', () => {
    const entries = sealedChain(2) as (StoredAuditEntry & { sealedActor: string; sealedChanges: string })[];
    const crossed = { ...entries[1]!, sealedChanges: entries[1]!.sealedActor, sealedActor: entries[1]!.sealedChanges };
    expect(() => codec.openAudit(crossed)).toThrow();
    const moved = { ...entries[1]!, sealedChanges: entries[0]!.sealedChanges };
    expect(() => codec.openAudit(moved)).toThrow();
  });

  it('refuses to erase an entry of the first format, whose hash covers its values', () => {
    const legacy: SealedAuditEntry = { ...(sealedChain(1)[0] as unknown as SealedAuditEntry), sealed: 'x' };
    delete (legacy as unknown as Record<string, unknown>)['format'];
    expect(() => eraseEntryValues(legacy, at)).toThrow(NotErasableError);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { blankPartnerInput, type PartnerInput } from '../../../../renderer/src/domain/partner';
import { createAuditRepository } from '../../../../renderer/src/storage/audit';
import type { RoundtableDb } from '../../../../renderer/src/storage/db';
import { createPartnerRepository } from '../../../../renderer/src/storage/repositories/partners';
import { freshDb } from '../storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const row = (name: string, contact?: string): PartnerInput => ({
  ...blankPartnerInput(),
  name,
  sector: 'youth',
  contacts: contact ? [{ name: contact, email: `${contact.toLowerCase()}@example.org` }] : [],
});

function setup() {
  db = freshDb();
  return { repo: createPartnerRepository(db, () => new Date('2026-03-01T10:00:00.000Z')), audit: createAuditRepository(db) };
}

describe('importing partners', () => {
  it('saves every accepted row with its contact, each with an audit entry, and the chain stays whole', async () => {
    const { repo, audit } = setup();
    expect(await repo.importMany([row('Jugendzentrum Nord', 'Ada'), row('Jugendzentrum Süd')])).toEqual({ status: 'imported', count: 2 });
    const partners = await repo.list();
    expect(partners.map((partner) => partner.name).sort()).toEqual(['Jugendzentrum Nord', 'Jugendzentrum Süd']);
    expect((await repo.listContacts()).map((contact) => contact.name)).toEqual(['Ada']);
    const entries = await audit.listAll();
    expect(entries.map((entry) => `${entry.entity}:${entry.action}`).sort()).toEqual(['contact:create', 'partner:create', 'partner:create']);
    expect(await audit.verify()).toEqual({ chain: { ok: true, count: 3 }, unaudited: [] });
  });

  it('leaves nothing when a write fails part-way through the transaction', async () => {
    const { repo, audit } = setup();
    let contactsWritten = 0;
    // The second contact's write fails inside the transaction, after a partner, a contact and their audit entries.
    db.contacts.hook('creating', () => {
      contactsWritten += 1;
      if (contactsWritten === 2) throw new Error('disk full');
    });
    await expect(repo.importMany([row('A-Verein', 'Ada'), row('B-Verein', 'Bo'), row('C-Verein')])).rejects.toThrow();
    expect(await db.partners.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
    expect(await audit.listAll()).toEqual([]);
  });

  it('refuses the whole import when a partner of the same folded name was saved since the preview', async () => {
    const { repo } = setup();
    await repo.create(row('Jugendzentrum Süd'));
    expect(await repo.importMany([row('Neu e. V.'), row('JUGENDZENTRUM SUD')])).toEqual({ status: 'duplicates', names: ['JUGENDZENTRUM SUD'] });
    expect((await repo.list()).map((partner) => partner.name)).toEqual(['Jugendzentrum Süd']);
  });
});

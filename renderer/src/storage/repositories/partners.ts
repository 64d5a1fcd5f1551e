/**
 * Partners and their contacts. A partner and its contacts are written in one transaction:
 * either the whole form is stored or nothing is.
 */
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import {
  partnerInputSchema,
  type Contact,
  type Partner,
  type PartnerInput,
  type PartnerWithContacts,
} from '../../domain/partner';
import { newRecordMeta } from '../../domain/record';

export class RecordNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`no partner with id ${id}`);
    this.name = 'RecordNotFoundError';
  }
}

export function createPartnerRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  async function liveContacts(partnerId: string): Promise<Contact[]> {
    const contacts = await db.contacts.where('partnerId').equals(partnerId).toArray();
    return contacts.filter((contact) => contact.deletedAt === null).sort((a, b) => a.position - b.position);
  }

  /** Writes the contacts of a partner to match the form: update, add, tombstone the rest. */
  async function writeContacts(partnerId: string, input: ReturnType<typeof partnerInputSchema.parse>['contacts'], now: Date) {
    const stamp = now.toISOString();
    const existing = await db.contacts.where('partnerId').equals(partnerId).toArray();
    const byId = new Map(existing.map((contact) => [contact.id, contact]));
    const kept = new Set<string>();
    const rows: Contact[] = input.map(({ id, ...data }, position) => {
      const previous = id ? byId.get(id) : undefined;
      if (previous && previous.deletedAt === null) {
        kept.add(previous.id);
        return { ...previous, ...data, position, updatedAt: stamp };
      }
      return { ...newRecordMeta(now), ...data, partnerId, position };
    });
    const removed = existing
      .filter((contact) => contact.deletedAt === null && !kept.has(contact.id))
      .map((contact) => ({ ...contact, deletedAt: stamp, updatedAt: stamp }));
    await db.contacts.bulkPut([...rows, ...removed]);
  }

  return {
    /** Every partner, archived ones included (the list filters). */
    list(): Promise<Partner[]> {
      return guarded(() => db.partners.toArray());
    },

    /** Every live contact, for pickers (owners, attendees). */
    async listContacts(): Promise<Contact[]> {
      return guarded(async () => (await db.contacts.toArray()).filter((contact) => contact.deletedAt === null));
    },

    /** How many live contacts each partner has, for the list. */
    async contactCounts(): Promise<Map<string, number>> {
      const contacts = await guarded(() => db.contacts.toArray());
      const counts = new Map<string, number>();
      for (const contact of contacts) {
        if (contact.deletedAt === null) counts.set(contact.partnerId, (counts.get(contact.partnerId) ?? 0) + 1);
      }
      return counts;
    },

    async get(id: string): Promise<PartnerWithContacts | undefined> {
      return guarded(async () => {
        const partner = await db.partners.get(id);
        return partner ? { ...partner, contacts: await liveContacts(id) } : undefined;
      });
    },

    /** Validates (throws the ZodError on bad input) and stores a new partner. */
    async create(input: PartnerInput): Promise<Partner> {
      const { contacts, ...data } = partnerInputSchema.parse(input);
      const now = clock();
      const partner: Partner = { ...newRecordMeta(now), ...data };
      await guarded(() =>
        db.transaction('rw', db.partners, db.contacts, async () => {
          await db.partners.add(partner);
          await writeContacts(partner.id, contacts, now);
        }),
      );
      return partner;
    },

    /** Creates many partners at once, all or nothing (the example network, imports). */
    async createMany(inputs: PartnerInput[]): Promise<number> {
      const parsed = inputs.map((input) => partnerInputSchema.parse(input));
      const now = clock();
      await guarded(() =>
        db.transaction('rw', db.partners, db.contacts, async () => {
          for (const { contacts, ...data } of parsed) {
            const partner: Partner = { ...newRecordMeta(now), ...data };
            await db.partners.add(partner);
            await writeContacts(partner.id, contacts, now);
          }
        }),
      );
      return parsed.length;
    },

    async update(id: string, input: PartnerInput): Promise<Partner> {
      const { contacts, ...data } = partnerInputSchema.parse(input);
      const now = clock();
      return guarded(() =>
        db.transaction('rw', db.partners, db.contacts, async () => {
          const previous = await db.partners.get(id);
          if (!previous) throw new RecordNotFoundError(id);
          const partner: Partner = { ...previous, ...data, updatedAt: now.toISOString() };
          await db.partners.put(partner);
          await writeContacts(id, contacts, now);
          return partner;
        }),
      );
    },

    /** Archives (tombstones) a partner; its contacts stay with it for a restore. */
    archive(id: string): Promise<void> {
      return setDeleted(id, clock().toISOString());
    },

    restore(id: string): Promise<void> {
      return setDeleted(id, null);
    },
  };

  async function setDeleted(id: string, deletedAt: string | null): Promise<void> {
    await guarded(async () => {
      const changed = await db.partners.update(id, { deletedAt, updatedAt: clock().toISOString() });
      if (changed === 0) throw new RecordNotFoundError(id);
    });
  }
}

export type PartnerRepository = ReturnType<typeof createPartnerRepository>;

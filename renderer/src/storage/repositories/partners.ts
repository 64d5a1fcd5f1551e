/**
 * Partners and their contacts. A partner and its contacts are written in one transaction
 * with their audit entries: either the whole form is stored or nothing is.
 */
import { partnerInputSchema, type Contact, type Partner, type PartnerInput, type PartnerWithContacts } from '../../domain/partner';
import type { RoundtableDb } from '../db';
import { diffChanges } from '../../domain/audit-chain';
import { guarded, StaleRevisionError } from '../errors';
import { createRecordStores, writeTransaction, type AuditNote } from '../record-store';
import { localToday } from '../../domain/date-time';
import { foldText } from '../../domain/text';

type ContactsInput = ReturnType<typeof partnerInputSchema.parse>['contacts'];

/** The partner's own fields, compared old → new in its audit entries. */
const partnerFields = ['name', 'shortName', 'sector', 'status', 'role', 'joinedOn', 'notes'] as const;

export function createPartnerRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  const stores = createRecordStores(db, () => localToday(clock()));

  async function liveContacts(partnerId: string): Promise<Contact[]> {
    return (await stores.contacts.where('partnerId', partnerId)).sort((a, b) => a.position - b.position);
  }

  /**
   * Writes the contacts of a partner to match the form: update, add, tombstone the rest.
   * Says whether anything changed, so the partner's own revision moves with its contacts.
   */
  async function writeContacts(partnerId: string, input: ContactsInput, at: Date): Promise<boolean> {
    const existing = new Map((await liveContacts(partnerId)).map((contact) => [contact.id, contact]));
    const kept = new Set<string>();
    let changed = false;
    for (const [position, { id, ...data }] of input.entries()) {
      const previous = id ? existing.get(id) : undefined;
      if (previous) {
        kept.add(previous.id);
        const saved = await stores.contacts.update(previous.id, previous.revision, (contact) => ({ ...contact, ...data, position }), { action: 'update', at });
        changed ||= saved.revision !== previous.revision;
      } else {
        await stores.contacts.insert({ ...data, partnerId, position }, { action: 'create', at });
        changed = true;
      }
    }
    for (const contact of existing.values()) {
      if (kept.has(contact.id)) continue;
      await stores.contacts.archive(contact.id, contact.revision, { action: 'remove', at });
      changed = true;
    }
    return changed;
  }

  function setArchived(id: string, baseRevision: number, archived: boolean): Promise<Partner> {
    const note: AuditNote = { action: archived ? 'archive' : 'restore', at: clock() };
    return guarded(() =>
      writeTransaction(db, ['partners'], () => (archived ? stores.partners.archive(id, baseRevision, note) : stores.partners.restore(id, baseRevision, note))),
    );
  }

  return {
    /** Every partner, archived ones included (the list filters). */
    list(): Promise<Partner[]> {
      return guarded(() => stores.partners.listIncludingDeleted());
    },

    /** Partners by id, archived ones too (an agreed risk picture still names them); missing ones left out. */
    getMany(ids: readonly string[]): Promise<Partner[]> {
      return guarded(() => stores.partners.getManyIncludingDeleted(ids));
    },

    /** Every live contact, for pickers (owners, attendees). */
    listContacts(): Promise<Contact[]> {
      return guarded(() => stores.contacts.list());
    },

    /** The live contacts of these partners (through the partnerId index), for the contact list export. */
    contactsOf(partnerIds: readonly string[]): Promise<Contact[]> {
      return guarded(() => stores.contacts.whereAnyOf('partnerId', partnerIds));
    },

    /** How many live contacts each partner has, for the list. */
    async contactCounts(): Promise<Map<string, number>> {
      // From the partnerId index's keys: no contact (personal data) is read for a number.
      const entries = await guarded(() => stores.contacts.liveIndexEntries((rows) => rows.orderBy('partnerId')));
      const counts = new Map<string, number>();
      for (const [partnerId] of entries) counts.set(partnerId as string, (counts.get(partnerId as string) ?? 0) + 1);
      return counts;
    },

    /** A partner (archived ones too: their page offers the restore) with its live contacts. */
    async get(id: string): Promise<PartnerWithContacts | undefined> {
      return guarded(async () => {
        const partner = await stores.partners.getIncludingDeleted(id);
        return partner ? { ...partner, contacts: await liveContacts(id) } : undefined;
      });
    },

    /** Validates (throws the ZodError on bad input) and stores a new partner. */
    async create(input: PartnerInput): Promise<Partner> {
      const { contacts, ...data } = partnerInputSchema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['partners', 'contacts'], async () => {
          const partner = await stores.partners.insert(data, { action: 'create', at });
          await writeContacts(partner.id, contacts, at);
          return partner;
        }),
      );
    },

    /** Creates many partners at once, all or nothing (the example network, imports). */
    async createMany(inputs: PartnerInput[]): Promise<number> {
      const parsed = inputs.map((input) => partnerInputSchema.parse(input));
      const at = clock();
      await guarded(() =>
        writeTransaction(db, ['partners', 'contacts'], async () => {
          for (const { contacts, ...data } of parsed) {
            const partner = await stores.partners.insert(data, { action: 'create', at });
            await writeContacts(partner.id, contacts, at);
          }
        }),
      );
      return parsed.length;
    },

    /**
     * Imports partners from a file, all or nothing, each with its audit entry. Checked again
     * inside the transaction: when a partner of the same name (folded) was saved since the
     * preview, nothing is written and the names are returned instead.
     */
    async importMany(inputs: PartnerInput[]): Promise<{ status: 'imported'; count: number } | { status: 'duplicates'; names: string[] }> {
      const parsed = inputs.map((input) => partnerInputSchema.parse(input));
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['partners', 'contacts'], async () => {
          const taken = new Set((await stores.partners.listIncludingDeleted()).flatMap((partner) => [foldText(partner.name), foldText(partner.shortName)]));
          const clashes = parsed.filter((input) => taken.has(foldText(input.name))).map((input) => input.name);
          if (clashes.length > 0) return { status: 'duplicates' as const, names: clashes };
          for (const { contacts, ...data } of parsed) {
            const partner = await stores.partners.insert(data, { action: 'create', at });
            await writeContacts(partner.id, contacts, at);
          }
          return { status: 'imported' as const, count: parsed.length };
        }),
      );
    },

    /**
     * Saves the form; refused with StaleRevisionError when the partner or its contacts changed
     * since `baseRevision` (a contact's change moves the partner's revision too).
     */
    async update(id: string, baseRevision: number, input: PartnerInput): Promise<Partner> {
      const { contacts, ...data } = partnerInputSchema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['partners', 'contacts'], async () => {
          const before = await stores.partners.require(id);
          if (before.revision !== baseRevision) throw new StaleRevisionError('partner', id, baseRevision, before.revision);
          const contactsChanged = await writeContacts(id, contacts, at);
          const after = { ...before, ...data };
          const changes = diffChanges(before, after, partnerFields);
          // A change to contacts alone still moves the partner on, so an older form is refused.
          if (contactsChanged) changes.push({ field: 'contacts', old: null, new: contacts.map((contact) => contact.name) });
          if (changes.length === 0) return before;
          return stores.partners.update(id, baseRevision, () => after, { action: 'update', at, changes });
        }),
      );
    },

    /** Archives (tombstones) a partner; its contacts stay with it for a restore. */
    archive(id: string, baseRevision: number): Promise<Partner> {
      return setArchived(id, baseRevision, true);
    },

    restore(id: string, baseRevision: number): Promise<Partner> {
      return setArchived(id, baseRevision, false);
    },
  };
}

export type PartnerRepository = ReturnType<typeof createPartnerRepository>;

/**
 * Partner agencies and their contacts: the zod schemas shared by the forms, the example
 * network and any future import, and the stored record types.
 */
import { z } from 'zod';
import type { RecordMeta } from './record';
import { partnerStatuses, sectorCodes } from './sectors';
import { limits, msg, optionalEmail, optionalIsoDate, optionalPhone, optionalText, requiredText } from './validation';

export const contactInputSchema = z.object({
  /** Present when editing a stored contact; absent for a new one. */
  id: z.string().uuid().optional(),
  name: requiredText(limits.name),
  role: optionalText(limits.role),
  email: optionalEmail,
  phone: optionalPhone,
  notes: optionalText(limits.contactNotes),
});

export const partnerInputSchema = z.object({
  name: requiredText(limits.name),
  shortName: optionalText(limits.shortName),
  sector: z.enum(sectorCodes, { error: msg('choice') }),
  status: z.enum(partnerStatuses, { error: msg('choice') }),
  role: optionalText(limits.role),
  joinedOn: optionalIsoDate,
  notes: optionalText(limits.notes),
  contacts: z.array(contactInputSchema).max(100).default([]),
});

export type ContactInput = z.input<typeof contactInputSchema>;
export type PartnerInput = z.input<typeof partnerInputSchema>;
export type PartnerData = Omit<z.output<typeof partnerInputSchema>, 'contacts'>;
export type ContactData = Omit<z.output<typeof contactInputSchema>, 'id'>;

export interface Partner extends RecordMeta, PartnerData {}
export interface Contact extends RecordMeta, ContactData {
  partnerId: string;
  /** Keeps the order the coordinator entered contacts in. */
  position: number;
}

export interface PartnerWithContacts extends Partner {
  contacts: Contact[];
}

/** An empty form. */
export function blankPartnerInput(): PartnerInput {
  return {
    name: '',
    shortName: '',
    sector: 'civil_society',
    status: 'active',
    role: '',
    joinedOn: '',
    notes: '',
    contacts: [],
  };
}

export function partnerToInput(partner: PartnerWithContacts): PartnerInput {
  return {
    name: partner.name,
    shortName: partner.shortName,
    sector: partner.sector,
    status: partner.status,
    role: partner.role,
    joinedOn: partner.joinedOn,
    notes: partner.notes,
    contacts: partner.contacts.map((contact) => ({
      id: contact.id,
      name: contact.name,
      role: contact.role,
      email: contact.email,
      phone: contact.phone,
      notes: contact.notes,
    })),
  };
}

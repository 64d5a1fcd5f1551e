/**
 * Which partners a select offers, and in which order: one rule for every partner picker.
 *
 * A new assignment (a case's lead, an action's owner, an agreement's party) offers only
 * partners still in the network: not archived and not "former". A record that already names
 * a partner which has left since keeps showing it, marked former, so opening and saving an
 * old record never silently drops or changes who it names. Sorted by name with the UI
 * language's collation, so "Ämter" sorts with "A" in German and the list reads like a register.
 */
import type { Partner } from './partner';

export type ChoosablePartner = Pick<Partner, 'id' | 'name' | 'status' | 'deletedAt'>;

export interface PartnerChoice {
  id: string;
  name: string;
  /** Left the network (status former, or archived): shown only because a record names it. */
  former: boolean;
}

export interface PartnerChoiceOptions {
  /** Compares two names in the UI language (a collator's `compare`). */
  compare: (a: string, b: string) => number;
  /** Ids the record already names: offered even when the partner has left, marked former. */
  keep?: Iterable<string | null | undefined>;
  /**
   * Filters over existing records (the action tracker's owner, the agreement register's party)
   * offer every partner, former ones marked: old records are still found by them.
   */
  includeFormer?: boolean;
}

export function hasLeftNetwork(partner: Pick<Partner, 'status' | 'deletedAt'>): boolean {
  return partner.deletedAt !== null || partner.status === 'former';
}

export function partnerChoices(partners: readonly ChoosablePartner[], options: PartnerChoiceOptions): PartnerChoice[] {
  const kept = new Set([...(options.keep ?? [])].filter((id): id is string => Boolean(id)));
  return partners
    .filter((partner) => options.includeFormer || !hasLeftNetwork(partner) || kept.has(partner.id))
    .map((partner) => ({ id: partner.id, name: partner.name, former: hasLeftNetwork(partner) }))
    .sort((a, b) => options.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

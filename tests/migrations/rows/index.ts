/**
 * Realistic rows as the app stored them, per store, in the shape of the release that added
 * the store: one file per schema version. Deliberately plain data, not typed with today's
 * domain types: a migration test starts from what an older version really wrote, and that
 * never changes. A migration that reshapes rows writes the new shape out in full in its own
 * test instead of editing these. Each list is in primary-key order, the order `toArray()`
 * reads it back in.
 */
import type { Rows } from '../support';
import * as v1 from './v1';
import * as v2 from './v2';
import * as v3 from './v3';
import * as v4 from './v4';
import * as v5 from './v5';
import * as v6 from './v6';
import * as v7 from './v7';
import * as v8 from './v8';
import * as v10 from './v10';

export { ids } from './ids';

const atVersion1 = { partners: v1.partners, contacts: v1.contacts, settings: v1.settings };
const atVersion2 = { ...atVersion1, meetingSeries: v2.meetingSeries, meetings: v2.meetings, agendaItems: v2.agendaItems, actions: v2.actions };
const atVersion3 = { ...atVersion2, settings: v3.settingsWithAudit, referrals: v3.referrals, referralEvents: v3.referralEvents, audit: v3.audit };
const atVersion4 = { ...atVersion3, agreements: v4.agreements, disclosures: v4.disclosures, coverageAcknowledgements: v4.coverageAcknowledgements };
const atVersion5 = { ...atVersion4, meetings: v5.meetings };
const atVersion6 = { ...atVersion5, ...v6.records };
const atVersion7 = { ...atVersion6, referrals: v7.referrals };
const atVersion8 = { ...atVersion7, meetings: v8.meetings, agreements: v8.agreements };
const atVersion10 = { ...atVersion8, referrals: v10.referrals, referralEvents: v10.referralEvents };

/** Every store's rows as a database holds them at the end of each version: a test of migration N starts from `rowsAt[N - 1]`. */
export const rowsAt = {
  1: atVersion1,
  2: atVersion2,
  3: atVersion3,
  4: atVersion4,
  5: atVersion5,
  6: atVersion6,
  7: atVersion7,
  8: atVersion8,
  9: atVersion8,
  10: atVersion10,
} as const satisfies Record<number, Rows>;

/**
 * Version 6: every record carries its revision (1 for what existed). The baseline audit
 * entries 006 adds are left out here: migration 007 only adds indexes, and the rows it must
 * keep untouched need not be a whole trail.
 */
import { actions, agendaItems, meetingSeries } from './v2';
import { referralEvents, referrals } from './v3';
import { agreements, coverageAcknowledgements, disclosures } from './v4';
import { meetings as meetingsV5 } from './v5';
import { contacts, partners } from './v1';

const revised = <T extends object>(rows: readonly T[]) => rows.map((row) => ({ ...row, revision: 1 }));

export const records = {
  partners: revised(partners),
  contacts: revised(contacts),
  meetings: revised(meetingsV5),
  meetingSeries: revised(meetingSeries),
  agendaItems: revised(agendaItems),
  actions: revised(actions),
  referrals: revised(referrals),
  referralEvents: revised(referralEvents),
  agreements: revised(agreements),
  disclosures: revised(disclosures),
  coverageAcknowledgements: revised(coverageAcknowledgements),
};

/**
 * The synthetic city, deterministic for a scale: ten years of a prevention network ending on
 * a fixed "today", every record as the app stores it (meta, revision, UTC instants with the
 * meeting's zone), a valid audit chain, and the settings that let the app start straight
 * into the overview.
 */
import type { RecordTable } from '../../../renderer/src/storage/tables';
import { recordSpecs } from '../../../renderer/src/storage/tables';
import { checkSetting } from '../../../renderer/src/storage/repositories/settings';
import { generateAgreements } from './agreements';
import { coordinators, createContext } from './context';
import { generateMeetings } from './meetings';
import { generatePartners } from './partners';
import { generateReferrals } from './referrals';

/** The fixed day the history ends: dues, overdue actions and reviews are relative to it. */
export const CITY_TODAY = '2026-12-01';

/** Records the benchmark opens by id (detail pages). */
export interface CityMarks {
  /** The partner whose name sorts first: on the first page of the partner list. */
  partnerId: string;
  /** A typical meeting (a dozen items), held 12 days before today. */
  typicalMeetingId: string;
  /** The meeting with exactly 1,000 agenda items, held 5 days before today. */
  largeMeetingId: string;
  /** The newest open case. */
  caseId: string;
  /** The case with the longest disclosure log. */
  disclosureCaseId: string;
}

export interface CityTable {
  /** An object store of database "roundtable": a record table, "audit" or "settings". */
  store: RecordTable | 'audit' | 'settings';
  rows: object[];
}

export interface City {
  scale: number;
  today: string;
  marks: CityMarks;
  /** Whether referrals carry the derived `nextReviewOn` (the app's schema knows it). */
  nextReviewOn: boolean;
  tables: CityTable[];
}

/** Does the app's referral schema have `nextReviewOn`? It is added only then. */
export function referralSchemaHasNextReviewOn(today: string): boolean {
  const schema = recordSpecs(() => today).referrals.schema as unknown as { shape?: Record<string, unknown> };
  return Boolean(schema.shape && 'nextReviewOn' in schema.shape);
}

export function generateCity(scale: number, today: string = CITY_TODAY): City {
  const context = createContext(scale, today);
  const people = generatePartners(context);
  const agreements = generateAgreements(context, people.partners);
  const meetings = generateMeetings(context, people);
  const withNextReviewOn = referralSchemaHasNextReviewOn(today);
  const cases = generateReferrals(context, people.partners, people.contactsByPartner, agreements, withNextReviewOn);
  const { entries, head } = context.audit.chain(context.random);
  const localUser = coordinators[coordinators.length - 1]!.user;
  const settings = [
    { key: 'language', value: checkSetting('language', 'en') },
    { key: 'onboarding', value: checkSetting('onboarding', 'empty') },
    { key: 'networkName', value: checkSetting('networkName', 'Runder Tisch Prävention Musterstadt') },
    { key: 'localUser', value: checkSetting('localUser', localUser) },
    { key: 'auditHead', value: checkSetting('auditHead', head) },
  ];
  const firstPartner = [...people.partners].sort((a, b) => a.name.localeCompare(b.name, 'en'))[0]!;
  return {
    scale,
    today,
    nextReviewOn: withNextReviewOn,
    marks: {
      partnerId: firstPartner.id,
      typicalMeetingId: meetings.typicalMeetingId,
      largeMeetingId: meetings.largeMeetingId,
      caseId: cases.caseId,
      disclosureCaseId: cases.disclosureCaseId,
    },
    tables: [
      { store: 'partners', rows: people.partners },
      { store: 'contacts', rows: people.contacts },
      { store: 'agreements', rows: agreements },
      { store: 'meetingSeries', rows: meetings.series },
      { store: 'meetings', rows: meetings.meetings },
      { store: 'agendaItems', rows: meetings.items },
      { store: 'actions', rows: meetings.actions },
      { store: 'referrals', rows: cases.referrals },
      { store: 'referralEvents', rows: cases.events },
      { store: 'disclosures', rows: cases.disclosures },
      { store: 'coverageAcknowledgements', rows: cases.acknowledgements },
      { store: 'audit', rows: entries },
      { store: 'settings', rows: settings },
    ],
  };
}

/**
 * Cases over ten years: pseudonymous referrals with their timelines (status changes, panel
 * decisions, notes, post-closure reviews), disclosure logs and a few acknowledged coverage
 * gaps. Old cases have run their course; recent ones are open, and cases closed in the last
 * year have reviews due or coming up.
 */
import type { Agreement } from '../../../renderer/src/domain/agreement';
import type { CoverageAcknowledgement, Disclosure } from '../../../renderer/src/domain/disclosure';
import type { Contact, Partner } from '../../../renderer/src/domain/partner';
import {
  ageBands,
  closingOutcomes,
  concernTypes,
  genders,
  riskLevels,
  vulnerabilityFactors,
  type Referral,
  type ReferralEvent,
  type ReferralStatus,
} from '../../../renderer/src/domain/referral';
import { diffChanges } from '../../../renderer/src/domain/audit-chain';
import { formatCaseCode, reviewDates } from '../../../renderer/src/domain/referral-workflow';
import { caseRetentionStart } from '../../../renderer/src/domain/retention';
import { eventAudit } from '../../../renderer/src/storage/repositories/referral-events';
import { generateAcknowledgements, generateDisclosures } from './case-logs';
import { actorLabel, type CityContext } from './context';
import { addDaysTo, dayNumber, earlierOf, instantOn } from './dates';
import { districts, paragraph, personName, sentence } from './words';

export interface ReferralData {
  referrals: Referral[];
  events: ReferralEvent[];
  disclosures: Disclosure[];
  acknowledgements: CoverageAcknowledgement[];
  /** The newest open case: the one the case page is measured on. */
  caseId: string;
  /** The case with the longest disclosure log: its CSV export is measured. */
  disclosureCaseId: string;
}

/** Courses a case can take after "received", and how often. */
const courses: { weight: number; steps: ReferralStatus[] }[] = [
  { weight: 40, steps: ['not_appropriate'] },
  { weight: 20, steps: ['signposted'] },
  { weight: 14, steps: ['screening', 'not_appropriate'] },
  { weight: 8, steps: ['screening', 'information_gathering', 'signposted'] },
  { weight: 12, steps: ['screening', 'information_gathering', 'panel', 'closed'] },
  { weight: 6, steps: ['screening', 'information_gathering', 'panel', 'support', 'review', 'closed'] },
];
/** How many days each step takes to be reached (support lasts months before its review). */
const stepDays: Record<ReferralStatus, [number, number]> = {
  received: [0, 0],
  screening: [2, 20],
  information_gathering: [7, 45],
  panel: [7, 45],
  support: [7, 30],
  review: [60, 180],
  closed: [14, 60],
  not_appropriate: [3, 30],
  signposted: [3, 30],
};

/**
 * ============ nextReviewOn: THE one place it is computed ============
 * The due date of the case's earliest review not yet done, or null. Added to the stored
 * referral only when the app's referral schema knows the field (`withNextReviewOn`).
 */
export function nextReviewOn(events: readonly ReferralEvent[]): string | null {
  const open = events.filter((event) => event.kind === 'review' && event.doneOn === null && event.deletedAt === null).map((event) => event.dueDate);
  return open.length === 0 ? null : open.sort()[0]!;
}

export function generateReferrals(
  context: CityContext,
  partners: Partner[],
  contactsByPartner: Map<string, Contact[]>,
  agreements: Agreement[],
  withNextReviewOn: boolean,
): ReferralData {
  const { random, counts, today, audit } = context;
  const span = dayNumber(today) - dayNumber(context.start);
  const live = partners.filter((partner) => partner.status !== 'former');
  const agreementsByPair = new Map<string, string>();
  for (const agreement of agreements) {
    if (agreement.status !== 'active' && agreement.status !== 'under_review') continue;
    for (const first of agreement.parties) for (const second of agreement.parties) agreementsByPair.set(`${first.partnerId}|${second.partnerId}`, agreement.id);
  }

  // Received days first, so case numbers count up within each year in order received.
  const receivedDays = Array.from({ length: counts.referrals }, () => addDaysTo(context.start, Math.floor(random.next() * span))).sort();
  const numberInYear = new Map<number, number>();
  const referrals: Referral[] = [];
  const events: ReferralEvent[] = [];
  const eventsByCase = new Map<string, ReferralEvent[]>();

  const addEvent = (
    referral: Referral,
    event: Omit<ReferralEvent, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'revision' | 'referralId' | 'by'>,
    at: string,
    changes: 'none' | 'own',
  ) => {
    const record: ReferralEvent = {
      id: random.uuid(),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      revision: 1,
      referralId: referral.id,
      by: actorLabel(at),
      ...event,
    };
    events.push(record);
    eventsByCase.set(referral.id, [...(eventsByCase.get(referral.id) ?? []), record]);
    audit.created('referralEvents', record, { action: 'event', changes: changes === 'none' ? [] : eventAudit(record) });
    return record;
  };
  const blankEvent = {
    text: '',
    fromStatus: null,
    toStatus: null,
    outcome: null,
    meetingId: null,
    agendaItemId: null,
    ownerPartnerId: null,
    dueDate: '',
    doneOn: null,
    reviewMonths: null,
  };

  for (const receivedOn of receivedDays) {
    const year = Number(receivedOn.slice(0, 4));
    const caseNumber = (numberInYear.get(year) ?? 0) + 1;
    numberInYear.set(year, caseNumber);
    const referrer = random.pick(live);
    const lead = random.chance(0.85) ? random.pick(live) : null;
    const involved = random
      .sample(live, random.int(0, 3))
      .map((partner) => partner.id)
      .filter((id) => id !== referrer.id && id !== lead?.id);
    const consentRoll = random.next();
    const consentOn = addDaysTo(receivedOn, random.int(0, 14));
    const createdAt = instantOn(receivedOn, 9, random.int(0, 59));
    let referral: Referral = {
      id: random.uuid(),
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
      revision: 1,
      nextReviewOn: null,
      retentionFrom: null,
      corrections: [],
      initials: random.chance(0.7) ? `${String.fromCharCode(65 + random.int(0, 25))}. ${String.fromCharCode(65 + random.int(0, 25))}.` : '',
      ageBand: random.pick(ageBands),
      gender: random.pick(genders),
      area: random.pick(districts),
      referringPartnerId: referrer.id,
      referringContactId: random.pick(contactsByPartner.get(referrer.id) ?? [null])?.id ?? null,
      receivedOn,
      leadPartnerId: lead?.id ?? '',
      involvedPartnerIds: involved,
      concernTypes: random.sample(concernTypes, random.int(1, 2)),
      vulnerabilities: random.sample(vulnerabilityFactors, random.int(0, 3)),
      summary: paragraph(random, random.int(1, 3)),
      consent: consentRoll < 0.5 ? 'obtained' : consentRoll < 0.8 ? 'not_asked' : 'not_obtained',
      consentFrom: consentRoll < 0.5 ? random.pick(['Mutter', 'Vater', 'Person selbst', 'guardian']) : '',
      consentOn: consentRoll < 0.5 ? earlierOf(consentOn, today) : '',
      consentJustification: consentRoll >= 0.8 ? sentence(random) : '',
      riskLevel: random.pick(riskLevels),
      riskAssessedOn: random.chance(0.7) ? earlierOf(addDaysTo(receivedOn, random.int(0, 20)), today) : '',
      caseCode: formatCaseCode(year, caseNumber),
      caseYear: year,
      caseNumber,
      status: 'received',
      outcome: null,
      closedOn: null,
    };
    audit.created('referrals', referral);
    addEvent(referral, { ...blankEvent, kind: 'status', on: receivedOn, toStatus: 'received' }, createdAt, 'none');

    // The course, step by step, as long as its days have come.
    // Cases received in the last four months are still being worked on: their courses are the long ones.
    const recent = receivedOn > addDaysTo(today, -120);
    const choices = recent ? courses.slice(-3) : courses;
    let pick = random.next() * choices.reduce((sum, course) => sum + course.weight, 0);
    const course = choices.find((entry) => (pick -= entry.weight) < 0) ?? choices[0]!;
    let day = receivedOn;
    for (const to of course.steps) {
      day = addDaysTo(day, random.int(...stepDays[to]));
      if (day > today) break;
      const at = instantOn(day, 10, random.int(0, 59));
      const closing = to === 'closed';
      const text = `${personName(random)} — ${sentence(random)}`;
      const next: Referral = {
        ...referral,
        status: to,
        outcome: closing ? random.pick(closingOutcomes) : referral.outcome,
        closedOn: closing ? day : referral.closedOn,
        updatedAt: at,
        revision: referral.revision + 1,
      };
      audit.changed('referrals', referral, next, at, 'status', [
        ...diffChanges(referral, next, ['status', 'outcome', 'closedOn']),
        { field: 'decision', old: null, new: text },
      ]);
      addEvent(
        next,
        { ...blankEvent, kind: 'status', on: day, text, fromStatus: referral.status, toStatus: to, outcome: closing ? next.outcome : null },
        at,
        'none',
      );
      referral = next;
      if (closing) {
        for (const review of reviewDates(day)) {
          const position = events.length;
          const event = addEvent(
            referral,
            { ...blankEvent, kind: 'review', on: review.dueDate, dueDate: review.dueDate, reviewMonths: review.months },
            at,
            'own',
          );
          // Reviews whose day is well past were done; recent and coming ones are still open.
          if (review.dueDate < addDaysTo(today, -random.int(10, 40))) {
            const doneOn = earlierOf(addDaysTo(review.dueDate, random.int(0, 10)), today);
            const doneAt = instantOn(doneOn, 14, random.int(0, 59));
            const done: ReferralEvent = { ...event, doneOn, updatedAt: doneAt, revision: 2 };
            audit.changed('referralEvents', event, done, doneAt, 'event', [{ field: 'review.doneOn', old: null, new: doneOn }]);
            events[position] = done;
            const own = eventsByCase.get(referral.id)!;
            own[own.indexOf(event)] = done;
          }
        }
      }
    }
    if (random.chance(0.1)) {
      const on = earlierOf(addDaysTo(receivedOn, random.int(1, 30)), today);
      addEvent(
        referral,
        { ...blankEvent, kind: random.pick(['note', 'contact'] as const), on, text: paragraph(random, 1) },
        instantOn(on, 16, random.int(0, 59)),
        'own',
      );
    }
    if (withNextReviewOn) referral.nextReviewOn = nextReviewOn(eventsByCase.get(referral.id) ?? []);
    // As storage keeps it: the day a closed case's retention runs from (null while open).
    referral.retentionFrom = caseRetentionStart(referral, eventsByCase.get(referral.id) ?? []);
    referrals.push(referral);
  }

  const disclosures = generateDisclosures(context, referrals, agreementsByPair);
  const acknowledgements = generateAcknowledgements(context, referrals);
  const open = referrals.filter((referral) => !['closed', 'not_appropriate', 'signposted'].includes(referral.status));
  const newest = [...(open.length > 0 ? open : referrals)].sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.caseCode.localeCompare(a.caseCode))[0]!;
  const logLength = new Map<string, number>();
  for (const disclosure of disclosures) logLength.set(disclosure.referralId, (logLength.get(disclosure.referralId) ?? 0) + 1);
  const longest = [...logLength].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? newest.id;
  return { referrals, events, disclosures, acknowledgements, caseId: newest.id, disclosureCaseId: longest };
}

/**
 * Subject access (UK GDPR / DSGVO Art. 15): what of the meetings' minutes belongs to one case.
 * Pure rules, tested on their own; storage gathers the records, the exporters write them.
 *
 * A case-discussion part belongs to the case when a panel entry of its timeline links the
 * agenda item, or when the item is a case discussion whose title or minutes name the case
 * code. Nothing about another case may go out with it: an item that is about this case alone
 * (linked by this case only and naming no other case) goes out whole; of any other item only
 * the paragraphs (and decisions) that name this case and no other do. Case codes written in
 * a title are replaced by a placeholder, so no other case's code is ever shown.
 */
import type { AuditEntry, LocalUser } from './audit';
import type { Agreement } from './agreement';
import type { CoverageAcknowledgement, Disclosure } from './disclosure';
import type { AgendaItem, Decision, Meeting } from './meeting';
import type { Contact, Partner } from './partner';
import type { Referral, ReferralEvent } from './referral';

/**
 * Any case code as written in minutes: "RT-2026-0042" (any case, also "rt-2026-42"), not part of
 * a longer word or number. The tool gives codes as RT-year-number (referral-workflow.ts).
 */
const anyCaseCode = /(?<![\p{L}\p{N}-])RT-(\d{4})-(\d+)(?![\p{L}\p{N}])/giu;

/** A code as the tool writes it, so "rt-2026-42" and "RT-2026-0042" are the same case. */
function normalisedCode(year: string, number: string): string {
  return `RT-${year}-${number.replace(/^0+(?=\d)/, '').padStart(4, '0')}`;
}

/** The case codes a text names, each once, as the tool writes them. */
export function caseCodesIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(anyCaseCode)) found.add(normalisedCode(match[1]!, match[2]!));
  return [...found];
}

export function namesCase(text: string, caseCode: string): boolean {
  return caseCodesIn(text).includes(caseCode);
}

/** Whether a text names a case other than this one. */
export function namesOtherCase(text: string, caseCode: string): boolean {
  return caseCodesIn(text).some((code) => code !== caseCode);
}

/** The text with every other case's code replaced by `placeholder`. */
export function withoutOtherCodes(text: string, caseCode: string, placeholder: string): string {
  return text.replace(anyCaseCode, (whole, year: string, number: string) => (normalisedCode(year, number) === caseCode ? whole : placeholder));
}

/** Minutes as paragraphs: blocks of text between blank lines, as Markdown reads them. */
export function paragraphsOf(minutes: string): string[] {
  return minutes
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** The agenda items this case's panel entries link (removed entries too: they were recorded). */
export function linkedAgendaItemIds(events: readonly ReferralEvent[]): string[] {
  return [...new Set(events.filter((event) => event.kind === 'panel' && event.agendaItemId).map((event) => event.agendaItemId!))];
}

/** Why an item is in the export. */
export type DiscussionReason = 'linked' | 'namesCode';

/** Why a paragraph or decision of an included item was left out. */
export const leftOutReasons = ['namesOtherCase', 'notAboutCase'] as const;
export type LeftOutReason = (typeof leftOutReasons)[number];
export type LeftOutCounts = Record<LeftOutReason, number>;

export interface CandidateItem {
  meeting: Meeting;
  item: AgendaItem;
  /** Whether a panel entry of another case links this item too. */
  linkedByOtherCase: boolean;
}

export interface SelectedDiscussion {
  meeting: Meeting;
  item: AgendaItem;
  reason: DiscussionReason;
  /** About this case alone: every paragraph and decision is included. */
  wholeItem: boolean;
  /** The item's and the meeting's titles with other cases' codes replaced. */
  title: string;
  meetingTitle: string;
  paragraphs: string[];
  decisions: Decision[];
  leftOut: LeftOutCounts;
}

function texts(item: AgendaItem): string[] {
  return [item.title, item.minutes, ...item.decisions.map((decision) => decision.text)];
}

/** Whether an item belongs to the case, and why; null when it does not. */
export function discussionReason(item: AgendaItem, caseCode: string, linkedIds: ReadonlySet<string>): DiscussionReason | null {
  if (linkedIds.has(item.id)) return 'linked';
  if (item.caseDiscussion && (namesCase(item.title, caseCode) || namesCase(item.minutes, caseCode))) return 'namesCode';
  return null;
}

/** Why one paragraph (or decision) of an item is left out, or null when it goes out. */
function paragraphVerdict(text: string, caseCode: string, wholeItem: boolean): LeftOutReason | null {
  if (namesOtherCase(text, caseCode)) return 'namesOtherCase';
  if (wholeItem || namesCase(text, caseCode)) return null;
  return 'notAboutCase';
}

/** What of one item goes out with this case, or null when the item does not belong to it. */
export function selectDiscussion(candidate: CandidateItem, caseCode: string, linkedIds: ReadonlySet<string>, placeholder: string): SelectedDiscussion | null {
  const { item, meeting } = candidate;
  const reason = discussionReason(item, caseCode, linkedIds);
  if (!reason) return null;
  const wholeItem = reason === 'linked' && !candidate.linkedByOtherCase && !texts(item).some((text) => namesOtherCase(text, caseCode));
  const leftOut: LeftOutCounts = { namesOtherCase: 0, notAboutCase: 0 };
  const keep = (text: string): boolean => {
    const verdict = paragraphVerdict(text, caseCode, wholeItem);
    if (verdict) leftOut[verdict] += 1;
    return verdict === null;
  };
  return {
    meeting,
    item,
    reason,
    wholeItem,
    title: withoutOtherCodes(item.title, caseCode, placeholder),
    meetingTitle: withoutOtherCodes(meeting.title, caseCode, placeholder),
    paragraphs: paragraphsOf(item.minutes).filter(keep),
    decisions: item.decisions.filter((decision) => keep(decision.text)),
    leftOut,
  };
}

/** Every item that belongs to the case, in meeting order and then agenda order. */
export function selectDiscussions(
  candidates: readonly CandidateItem[],
  caseCode: string,
  linkedIds: ReadonlySet<string>,
  placeholder: string,
): SelectedDiscussion[] {
  const seen = new Set<string>();
  const selected: SelectedDiscussion[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.item.id)) continue;
    seen.add(candidate.item.id);
    const discussion = selectDiscussion(candidate, caseCode, linkedIds, placeholder);
    if (discussion) selected.push(discussion);
  }
  return selected.sort((a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt) || a.item.position - b.item.position);
}

/** How many paragraphs and decisions were left out, for the cover. */
export function totalLeftOut(discussions: readonly SelectedDiscussion[]): LeftOutCounts {
  const total: LeftOutCounts = { namesOtherCase: 0, notAboutCase: 0 };
  for (const discussion of discussions) for (const reason of leftOutReasons) total[reason] += discussion.leftOut[reason];
  return total;
}

/** The earliest meeting start (an ISO instant's prefix) a discussion of a case received on `receivedOn` can have: a day early, for zones ahead of UTC. */
export function meetingSearchStart(receivedOn: string): string {
  const day = new Date(`${receivedOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Everything held about one case, as storage gathers it for the export. */
export interface SubjectAccessRecords {
  referral: Referral;
  /** Oldest first; removed entries included (they carry deletedAt). */
  events: ReferralEvent[];
  disclosures: Disclosure[];
  acknowledgements: CoverageAcknowledgement[];
  discussions: SelectedDiscussion[];
  /** The meetings the timeline's panel entries name. */
  eventMeetings: Meeting[];
  /** The case's audit history, oldest first (historyEntries: lines that say something). */
  audit: AuditEntry[];
  /** Every partner (archived ones too), to name the ones the records refer to. */
  partners: Partner[];
  contacts: Contact[];
  agreements: Agreement[];
  /** Who makes the export. */
  user: LocalUser;
}

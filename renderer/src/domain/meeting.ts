/**
 * Meetings of the network: the record types, the zod schemas shared by forms and imports,
 * and the codes every part of the app uses. Rules (lifecycle, matters arising, circulation
 * filtering) live in their own modules beside this one.
 */
import { z } from 'zod';
import type { TemplateItem } from './meeting-series';
import type { RecordMeta } from './record';
import { limits, msg, optionalIsoDate, optionalText, requiredText } from './validation';
import { isKnownTimeZone, machineTimeZone, wallClockToInstant } from './zoned-time';

export const meetingTypes = ['network', 'case_panel', 'working_group', 'other'] as const;
export type MeetingType = (typeof meetingTypes)[number];

export const confidentialityLevels = ['public', 'internal', 'confidential'] as const;
export type Confidentiality = (typeof confidentialityLevels)[number];

export const meetingStatuses = ['planned', 'held', 'approved', 'circulated'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const attendanceValues = ['invited', 'present', 'apologies', 'absent'] as const;
export type Attendance = (typeof attendanceValues)[number];

export const actionStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** A date and time as the user's <input type="datetime-local"> gives it: "2026-03-05T14:30". */
const localDateTime = z
  .string({ error: msg('required') })
  .trim()
  .min(1, { error: msg('required') })
  .refine((value) => value === '' || isLocalDateTime(value), { error: msg('dateTime') });

export function isLocalDateTime(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 && year <= 2100 && hour < 24 && minute < 60;
}

/** Meeting links open in the user's browser: only http(s), never javascript:, file: or the like. */
export const optionalWebLink = z
  .string()
  .trim()
  .max(limits.webLink, { error: msg('tooLong', { max: limits.webLink }) })
  .refine((value) => value === '' || isWebLink(value), { error: msg('webLink') })
  .default('');

export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const meetingInputSchema = z
  .object({
    title: requiredText(limits.name),
    type: z.enum(meetingTypes, { error: msg('choice') }),
    /** An existing series' id, or empty for a one-off meeting. */
    seriesId: z.string().trim().default(''),
    /** A new series to create and put this meeting in (used when seriesId is empty). */
    newSeriesName: optionalText(limits.name),
    /** Wall-clock times in `timeZone`, as the date-time fields give them. */
    startsAt: localDateTime,
    endsAt: localDateTime,
    /** The IANA zone the meeting is planned in; a new meeting defaults to this computer's. */
    timeZone: z
      .string()
      .trim()
      .refine(isKnownTimeZone, { error: msg('timeZone') })
      .default(() => machineTimeZone()),
    location: optionalText(limits.role),
    onlineLink: optionalWebLink,
    chair: optionalText(limits.name),
    minuteTaker: optionalText(limits.name),
    confidentiality: z.enum(confidentialityLevels, { error: msg('choice') }),
  })
  .superRefine((value, context) => {
    // Compared as instants: across a daylight-saving change the wall clock can mislead.
    const instantOf = (field: 'startsAt' | 'endsAt') => {
      if (!isLocalDateTime(value[field]) || !isKnownTimeZone(value.timeZone)) return null;
      const result = wallClockToInstant(value[field], value.timeZone);
      if (result.ok) return result.instant;
      if (result.reason === 'nonexistent') {
        context.addIssue({ code: 'custom', path: [field], message: msg('nonexistentTime', { timeZone: value.timeZone }) });
      }
      return null;
    };
    const start = instantOf('startsAt');
    const end = instantOf('endsAt');
    if (start !== null && end !== null && end <= start) {
      context.addIssue({ code: 'custom', path: ['endsAt'], message: msg('endsBeforeStart') });
    }
  });

export type MeetingInput = z.input<typeof meetingInputSchema>;
export type MeetingData = z.output<typeof meetingInputSchema>;

export interface Attendee {
  id: string;
  /** The organisation they came for; null for a guest outside the network. */
  partnerId: string | null;
  /** The partner contact this person is, when they are one. */
  contactId: string | null;
  /** Kept as written at the meeting, so the minutes stay true if the contact changes later. */
  name: string;
  /** For guests: the organisation, as free text. */
  organisation: string;
  attendance: Attendance;
  /** E.g. the reason for apologies. */
  note: string;
}

export const attendeeSchema = z.object({
  id: z.string().min(1),
  partnerId: z.string().nullable(),
  contactId: z.string().nullable(),
  name: requiredText(limits.name),
  organisation: optionalText(limits.name),
  attendance: z.enum(attendanceValues),
  note: optionalText(limits.role),
});

export interface Circulation {
  id: string;
  /** To whom, in words: "All members", "Steering group". */
  to: string;
  on: string;
  /** Which version went out. */
  variant: MinutesVariant;
  /**
   * When it was recorded (`on` is the date the coordinator gives, which may lie earlier), so
   * an amendment after it shows it out of date. Absent on circulations recorded before this.
   */
  recordedAt?: string;
}

/** Who approved the minutes: the local user at the time, as the audit trail names them. */
export interface Approver {
  name: string;
  organisation: string;
}

export interface Amendment {
  id: string;
  at: string;
  reason: string;
}

export interface Meeting extends RecordMeta {
  title: string;
  type: MeetingType;
  seriesId: string | null;
  /** UTC instants ("2026-06-04T14:00:00.000Z"): indexed, sortable across zones. */
  startsAt: string;
  endsAt: string;
  /** The IANA zone it was planned in: its wall-clock times are startsAt/endsAt seen there. */
  timeZone: string;
  location: string;
  onlineLink: string;
  chair: string;
  minuteTaker: string;
  confidentiality: Confidentiality;
  status: MeetingStatus;
  attendees: Attendee[];
  approvedAt: string | null;
  /** Absent on minutes approved before this was recorded. */
  approvedBy?: Approver | null;
  circulations: Circulation[];
  amendments: Amendment[];
}

export interface MeetingSeries extends RecordMeta {
  name: string;
  /** Standing agenda items every new meeting of the series starts with (absent: none yet). */
  agendaTemplate?: TemplateItem[];
}

export interface Decision {
  id: string;
  text: string;
}

export const agendaItemKinds = ['regular', 'matters_arising'] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

export interface AgendaItem extends RecordMeta {
  meetingId: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  presenter: string;
  plannedMinutes: number | null;
  /** Left out entirely from the version for wider circulation. */
  confidential: boolean;
  /** Discussion of a case (a person): its notes are left out of the wider version. */
  caseDiscussion: boolean;
  /** Markdown; rendered safely (no raw HTML) everywhere it is shown. */
  minutes: string;
  decisions: Decision[];
  /** For "matters arising": the open actions of earlier meetings when this one was planned. */
  arisingActionIds: string[];
  /** The item of an earlier meeting this one continues (absent on items older than carry-over). */
  carriedOverFrom?: CarryOverLink | null;
  /** The item of a later meeting where this one goes on: set once, when it is carried over. */
  carriedOverTo?: CarryOverLink | null;
  /**
   * When a case discussion's content was deleted for good (its retention ended, or with the
   * case it discussed): title, presenter, minutes and decisions are gone, the item keeps its
   * place in the agenda so the numbering of the minutes stays as circulated.
   */
  erasedAt?: string | null;
}

/** One end of a carry-over: the other meeting and its agenda item. */
export interface CarryOverLink {
  meetingId: string;
  itemId: string;
}

export const agendaItemInputSchema = z.object({
  title: requiredText(limits.name),
  presenter: optionalText(limits.name),
  /** Empty means "not planned". Accepts its own output (null) too: repositories re-validate. */
  plannedMinutes: z.preprocess(
    (value) => (value === '' || value === undefined ? null : value),
    z.coerce
      .number({ error: msg('number') })
      .int({ error: msg('number') })
      .min(1, { error: msg('number') })
      .max(600, { error: msg('number') })
      .nullable(),
  ),
  confidential: z.boolean().default(false),
  caseDiscussion: z.boolean().default(false),
  minutes: optionalText(limits.minutes),
  decisions: z
    .array(z.object({ id: z.string().min(1), text: requiredText(limits.notes) }))
    .max(50)
    .default([]),
});
/** What forms and imports pass in; planned minutes as typed ("15"), a number, or empty. */
export type AgendaItemInput = Omit<z.input<typeof agendaItemInputSchema>, 'plannedMinutes'> & {
  plannedMinutes?: string | number | null;
};

export interface ActionStatusChange {
  at: string;
  status: ActionStatus;
}

export interface ActionItem extends RecordMeta {
  meetingId: string;
  agendaItemId: string;
  text: string;
  ownerPartnerId: string;
  ownerContactId: string | null;
  dueDate: string;
  status: ActionStatus;
  /** Every status it has had, oldest first (the first entry is its creation). */
  history: ActionStatusChange[];
}

export const actionInputSchema = z.object({
  text: requiredText(limits.notes),
  ownerPartnerId: z
    .string({ error: msg('ownerRequired') })
    .trim()
    .min(1, { error: msg('ownerRequired') }),
  ownerContactId: z.string().trim().default(''),
  dueDate: optionalIsoDate,
});
export type ActionInput = z.input<typeof actionInputSchema>;

export const minutesVariants = ['full', 'circulation'] as const;
export type MinutesVariant = (typeof minutesVariants)[number];

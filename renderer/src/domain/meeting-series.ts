/**
 * What a series carries from one meeting to the next: its standing agenda items (the
 * template every new meeting in it starts with), and the planning details a new meeting
 * takes over from the series' last one (invitees, place, chair, minute-taker).
 */
import { z } from 'zod';
import { agendaItemInputSchema, type AgendaItem, type Meeting } from './meeting';

/** The most standing items a series keeps: a template, not a whole agenda archive. */
export const maxTemplateItems = 30;

const { title, presenter, plannedMinutes, confidential, caseDiscussion } = agendaItemInputSchema.shape;

/** One standing agenda item, as the series keeps it and the form edits it. */
export const templateItemSchema = z.strictObject({ id: z.string().min(1), title, presenter, plannedMinutes, confidential, caseDiscussion });
export type TemplateItem = z.output<typeof templateItemSchema>;
export type TemplateItemInput = z.input<typeof templateItemSchema>;

export const agendaTemplateSchema = z.array(templateItemSchema).max(maxTemplateItems);

/** The standing items made from a meeting's agenda (its own items; "matters arising" is added anew each time). */
export function templateFromAgenda(items: readonly AgendaItem[], newId: () => string = () => crypto.randomUUID()): TemplateItem[] {
  return [...items]
    .filter((item) => item.kind === 'regular')
    .sort((a, b) => a.position - b.position)
    .slice(0, maxTemplateItems)
    .map((item) => ({
      id: newId(),
      title: item.title,
      presenter: item.presenter,
      plannedMinutes: item.plannedMinutes,
      confidential: item.confidential,
      caseDiscussion: item.caseDiscussion,
    }));
}

/** What a new meeting takes over from the series' last meeting. */
export interface SeriesDefaults {
  /** The meeting they come from, so the form can say so. */
  fromMeeting: { id: string; title: string; startsAt: string; timeZone: string };
  invitedPartnerIds: string[];
  location: string;
  onlineLink: string;
  chair: string;
  minuteTaker: string;
}

export type PrefilledField = 'location' | 'onlineLink' | 'chair' | 'minuteTaker';
export const prefilledFields: readonly PrefilledField[] = ['location', 'onlineLink', 'chair', 'minuteTaker'];

/** The defaults the series' last meeting gives: its invited partners (each once, in its order) and where and who. */
export function seriesDefaultsFrom(last: Meeting): SeriesDefaults {
  const invited: string[] = [];
  for (const attendee of last.attendees) {
    if (attendee.partnerId && !invited.includes(attendee.partnerId)) invited.push(attendee.partnerId);
  }
  return {
    fromMeeting: { id: last.id, title: last.title, startsAt: last.startsAt, timeZone: last.timeZone },
    invitedPartnerIds: invited,
    location: last.location,
    onlineLink: last.onlineLink,
    chair: last.chair,
    minuteTaker: last.minuteTaker,
  };
}

export type PrefillValues = Record<PrefilledField, string> & { invitedPartnerIds: string[] };

/**
 * The form's values after choosing a series: each field takes the series' default unless the
 * coordinator wrote something of their own there (a value that is neither empty nor what an
 * earlier series choice filled in). Choosing another series replaces only what was filled in.
 */
export function applySeriesDefaults(current: PrefillValues, previous: PrefillValues | null, defaults: PrefillValues): PrefillValues {
  const untouched = (field: PrefilledField) => current[field] === '' || (previous !== null && current[field] === previous[field]);
  const next = { ...current, invitedPartnerIds: [...current.invitedPartnerIds] };
  for (const field of prefilledFields) if (untouched(field)) next[field] = defaults[field];
  const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));
  if (current.invitedPartnerIds.length === 0 || (previous !== null && sameList(current.invitedPartnerIds, previous.invitedPartnerIds))) {
    next.invitedPartnerIds = [...defaults.invitedPartnerIds];
  }
  return next;
}

/**
 * Meeting series, meetings with attendance, agenda items with minutes and decisions, and
 * actions with their status histories. Two meetings are placed on purpose: a typical one a
 * fortnight ago and one with exactly 1,000 agenda items last week (the most recent past
 * meetings, so both sit at the top of the meeting list).
 */
import type { ActionItem, ActionStatus, AgendaItem, Attendee, Meeting, MeetingSeries, MeetingStatus, MeetingType } from '../../../renderer/src/domain/meeting';
import { instantOf } from '../../../renderer/src/domain/zoned-time';
import type { CityContext } from './context';
import { addDaysTo, addMinutes, dateOfDay, dayNumber, earlierOf, instantOn } from './dates';
import type { PartnerData } from './partners';
import { districts, minutes, personName, sentence, title } from './words';

export const MEETING_ZONE = 'Europe/Berlin';
export const LARGE_MEETING_ITEMS = 1000;

export interface MeetingData {
  series: MeetingSeries[];
  meetings: Meeting[];
  items: AgendaItem[];
  actions: ActionItem[];
  typicalMeetingId: string;
  largeMeetingId: string;
}

const seriesKinds: { name: string; type: MeetingType }[] = [
  { name: 'Netzwerktreffen', type: 'network' },
  { name: 'Fallkonferenz', type: 'case_panel' },
  { name: 'AG Schule und Prävention', type: 'working_group' },
  { name: 'Steuerungsgruppe', type: 'other' },
  { name: 'Working group online radicalisation', type: 'working_group' },
];

/** Plans an action's life: its final status and the changes that led there. */
function actionHistory(context: CityContext, created: string, dueDate: string, meetingDay: string): { at: string; status: ActionStatus }[] {
  const { random, today } = context;
  const history: { at: string; status: ActionStatus }[] = [{ at: created, status: 'open' }];
  const age = dayNumber(today) - dayNumber(meetingDay);
  const roll = random.next();
  let final: ActionStatus;
  if (dueDate > today) final = roll < 0.6 ? 'open' : 'in_progress';
  else if (age < 150) final = roll < 0.3 ? 'open' : roll < 0.5 ? 'in_progress' : roll < 0.9 ? 'done' : 'dropped';
  else final = roll < 0.05 ? 'open' : roll < 0.08 ? 'in_progress' : roll < 0.9 ? 'done' : 'dropped';
  if (final === 'open') return history;
  const lastDay = earlierOf(addDaysTo(dueDate, random.int(-10, 20)), addDaysTo(today, -1));
  const span = Math.max(1, dayNumber(lastDay) - dayNumber(meetingDay));
  if (final === 'in_progress' || random.chance(0.1)) {
    history.push({ at: instantOn(addDaysTo(meetingDay, Math.ceil(span / 3)), 9, random.int(0, 59)), status: 'in_progress' });
  }
  if (final !== 'in_progress') history.push({ at: instantOn(addDaysTo(meetingDay, span), 15, random.int(0, 59)), status: final });
  return history;
}

export function generateMeetings(context: CityContext, people: PartnerData): MeetingData {
  const { random, counts, today, audit } = context;
  const series: MeetingSeries[] = [];
  for (let index = 0; index < counts.series; index += 1) {
    const kind = seriesKinds[index % seriesKinds.length]!;
    const name = `${kind.name} ${districts[Math.floor(index / seriesKinds.length) % districts.length]}${index >= seriesKinds.length * districts.length ? ` ${index}` : ''}`;
    const stamp = instantOn(context.start, 7, index % 60);
    const record: MeetingSeries = { id: random.uuid(), createdAt: stamp, updatedAt: stamp, deletedAt: null, revision: 1, name };
    series.push(record);
    audit.created('meetingSeries', record);
  }
  const typeOf = (seriesIndex: number) => seriesKinds[seriesIndex % seriesKinds.length]!.type;

  // Days: ten years up to 17 days ago, and a few planned in the next three months. The last
  // fortnight is kept for the two placed meetings.
  const firstDay = dayNumber(context.start);
  const lastPastDay = dayNumber(today) - 17;
  interface Plan {
    day: string;
    seriesIndex: number | null;
    items: number;
    title?: string;
  }
  const plans: Plan[] = [];
  const regular = Math.max(2, counts.meetings - 2);
  const itemsBudget = Math.max(regular * 2, counts.agendaItems - LARGE_MEETING_ITEMS - 12);
  const itemsEach = itemsBudget / regular;
  for (let index = 0; index < regular; index += 1) {
    const future = random.chance(0.025);
    const day = future ? dayNumber(today) + random.int(1, 90) : random.int(firstDay, lastPastDay);
    plans.push({
      day: dateOfDay(day),
      seriesIndex: random.chance(0.9) ? random.int(0, series.length - 1) : null,
      items: Math.max(1, Math.round(itemsEach * (0.5 + random.next()))),
    });
  }
  plans.push({ day: addDaysTo(today, -12), seriesIndex: 0, items: 12, title: 'Netzwerktreffen November' });
  plans.push({ day: addDaysTo(today, -5), seriesIndex: 0, items: LARGE_MEETING_ITEMS, title: 'Jahreskonferenz des Netzwerks (große Tagesordnung)' });
  plans.sort((a, b) => a.day.localeCompare(b.day));

  const meetings: Meeting[] = [];
  const items: AgendaItem[] = [];
  const actions: ActionItem[] = [];
  const heldPlans = plans.filter((plan) => plan.day < today).length;
  const actionsEach = counts.actions / Math.max(1, heldPlans);
  /** Per series, the actions of its latest meeting: the next meeting's "matters arising". */
  const previousActions = new Map<number, ActionItem[]>();
  let typicalMeetingId = '';
  let largeMeetingId = '';

  for (const plan of plans) {
    const past = plan.day < today;
    const age = dayNumber(today) - dayNumber(plan.day);
    const status: MeetingStatus = !past
      ? 'planned'
      : age < 30
        ? 'held'
        : age < 90
          ? random.chance(0.5)
            ? 'held'
            : 'approved'
          : random.chance(0.7)
            ? 'circulated'
            : 'approved';
    const startsAt = instantOf(`${plan.day}T${String(random.int(9, 16)).padStart(2, '0')}:00`, MEETING_ZONE);
    const createdAt = addMinutes(instantOn(addDaysTo(plan.day, -random.int(10, 30)), 8), random.int(0, 600));
    const attendees: Attendee[] = [];
    const attendeeCount = plan.items === LARGE_MEETING_ITEMS ? 24 : random.int(6, 18);
    for (let index = 0; index < attendeeCount; index += 1) {
      const partner = random.pick(people.partners);
      const contact = random.pick(people.contactsByPartner.get(partner.id) ?? [null]);
      const attendance = !past ? 'invited' : random.chance(0.8) ? 'present' : random.chance(0.7) ? 'apologies' : 'absent';
      attendees.push(
        contact && random.chance(0.9)
          ? { id: random.uuid(), partnerId: partner.id, contactId: contact.id, name: contact.name, organisation: '', attendance, note: '' }
          : { id: random.uuid(), partnerId: null, contactId: null, name: personName(random), organisation: 'Gast / guest', attendance, note: '' },
      );
    }
    const seriesIndex = plan.seriesIndex;
    const type = seriesIndex === null ? random.pick(['network', 'other'] as const) : typeOf(seriesIndex);
    const approvedAt =
      status === 'approved' || status === 'circulated' ? instantOn(earlierOf(addDaysTo(plan.day, random.int(14, 40)), addDaysTo(today, -1)), 10) : null;
    const meeting: Meeting = {
      id: random.uuid(),
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
      revision: 1,
      title: plan.title ?? (seriesIndex === null ? title(random) : `${series[seriesIndex]!.name} ${plan.day.slice(0, 7)}`),
      type,
      seriesId: seriesIndex === null ? null : series[seriesIndex]!.id,
      startsAt,
      endsAt: addMinutes(startsAt, random.pick([90, 120, 180])),
      timeZone: MEETING_ZONE,
      location: random.chance(0.8) ? `Rathaus ${random.pick(districts)}, Raum ${random.int(1, 320)}` : '',
      onlineLink: random.chance(0.3) ? `https://meet.example.org/${random.uuid().slice(0, 8)}` : '',
      chair: personName(random),
      minuteTaker: personName(random),
      confidentiality: type === 'case_panel' ? 'confidential' : random.chance(0.7) ? 'internal' : 'public',
      status,
      attendees,
      approvedAt,
      circulations:
        status === 'circulated' ? [{ id: random.uuid(), to: 'Alle Mitglieder / all members', on: approvedAt!.slice(0, 10), variant: 'circulation' }] : [],
      amendments: [],
    };
    meetings.push(meeting);
    audit.created('meetings', meeting);
    if (plan.items === LARGE_MEETING_ITEMS) largeMeetingId = meeting.id;
    else if (plan.title) typicalMeetingId = meeting.id;

    // Agenda: "matters arising" first when the series met before.
    const earlier = seriesIndex === null ? undefined : previousActions.get(seriesIndex);
    const meetingItems: AgendaItem[] = [];
    for (let position = 0; position < plan.items; position += 1) {
      const arising = position === 0 && earlier !== undefined;
      const caseDiscussion = type === 'case_panel' && random.chance(0.5);
      const item: AgendaItem = {
        id: random.uuid(),
        createdAt,
        updatedAt: createdAt,
        deletedAt: null,
        revision: 1,
        meetingId: meeting.id,
        position,
        kind: arising ? 'matters_arising' : 'regular',
        title: arising ? 'Matters arising / Offene Punkte' : title(random),
        presenter: random.chance(0.7) ? personName(random) : '',
        plannedMinutes: random.chance(0.8) ? random.pick([5, 10, 15, 20, 30]) : null,
        confidential: random.chance(0.05),
        caseDiscussion,
        minutes: past && !arising ? minutes(random) : '',
        decisions: past && !arising ? Array.from({ length: random.int(0, 2) }, () => ({ id: random.uuid(), text: sentence(random) })) : [],
        arisingActionIds: arising ? earlier.filter((action) => action.status === 'open' || action.status === 'in_progress').map((action) => action.id) : [],
      };
      meetingItems.push(item);
      items.push(item);
      audit.created('agendaItems', item);
    }

    // Actions under the regular items of meetings that took place.
    const own: ActionItem[] = [];
    const regularItems = meetingItems.filter((item) => item.kind === 'regular');
    const actionCount = !past || regularItems.length === 0 ? 0 : plan.items === LARGE_MEETING_ITEMS ? 100 : Math.round(actionsEach * (0.5 + random.next()));
    for (let index = 0; index < actionCount; index += 1) {
      const item = random.pick(regularItems);
      const owner = attendees.find((attendee) => attendee.partnerId && random.chance(0.3))?.partnerId ?? random.pick(people.partners).id;
      const ownerContact = random.chance(0.5) ? random.pick(people.contactsByPartner.get(owner) ?? [null]) : null;
      const created = addMinutes(startsAt, 60 + index);
      const dueDate = random.chance(0.95) ? addDaysTo(plan.day, random.int(14, 120)) : '';
      const history = actionHistory(context, created, dueDate || addDaysTo(plan.day, 60), plan.day);
      let action: ActionItem = {
        id: random.uuid(),
        createdAt: created,
        updatedAt: created,
        deletedAt: null,
        revision: 1,
        meetingId: meeting.id,
        agendaItemId: item.id,
        text: sentence(random),
        ownerPartnerId: owner,
        ownerContactId: ownerContact?.id ?? null,
        dueDate,
        status: 'open',
        history: [history[0]!],
      };
      audit.created('actions', action);
      for (const change of history.slice(1)) {
        const next: ActionItem = {
          ...action,
          status: change.status,
          history: [...action.history, change],
          updatedAt: change.at,
          revision: action.revision + 1,
        };
        audit.changed('actions', action, next, change.at, 'status');
        action = next;
      }
      own.push(action);
      actions.push(action);
    }
    if (seriesIndex !== null && past) previousActions.set(seriesIndex, own);
  }
  return { series, meetings, items, actions, typicalMeetingId, largeMeetingId };
}

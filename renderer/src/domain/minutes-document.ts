/**
 * The minutes as a document, before any format or language: what every exporter
 * (Markdown, DOCX, PDF print view, ICS) renders. Building it is where the version for
 * wider circulation leaves out confidential items and the notes of case discussions, so
 * no exporter can forget to.
 */
import type { ActionItem, AgendaItem, Attendance, Meeting, MeetingSeries, MinutesVariant } from './meeting';
import { isDraft } from './meeting-lifecycle';
import type { Contact, Partner } from './partner';

export interface DocumentPerson {
  name: string;
  note: string;
  /** Only for calendar invitations; the minutes themselves never print it. */
  email: string;
}

export interface AttendanceGroup {
  organisation: string;
  present: DocumentPerson[];
  apologies: DocumentPerson[];
  absent: DocumentPerson[];
  /** Invited but not yet marked (a planned meeting). */
  invited: DocumentPerson[];
}

export interface DocumentAction {
  text: string;
  owner: string;
  dueDate: string;
  status: ActionItem['status'];
  /** The number of the agenda item it came from, in this document. */
  itemNumber: number | null;
}

export interface DocumentArising {
  text: string;
  owner: string;
  dueDate: string;
  status: ActionItem['status'];
  /** The meeting it was agreed at. */
  fromMeeting: string;
}

export interface DocumentItem {
  number: number;
  kind: AgendaItem['kind'];
  title: string;
  presenter: string;
  plannedMinutes: number | null;
  confidential: boolean;
  /** Markdown, or null where the notes are withheld from this version. */
  minutes: string | null;
  notesWithheld: boolean;
  decisions: string[];
  arising: DocumentArising[];
}

export interface MinutesDocument {
  networkName: string;
  variant: MinutesVariant;
  draft: boolean;
  meeting: Pick<
    Meeting,
    | 'id'
    | 'title'
    | 'type'
    | 'startsAt'
    | 'endsAt'
    | 'timeZone'
    | 'location'
    | 'onlineLink'
    | 'chair'
    | 'minuteTaker'
    | 'confidentiality'
    | 'status'
    | 'approvedAt'
    | 'revision'
  > & { seriesName: string; approvedBy: Meeting['approvedBy'] | null };
  attendance: AttendanceGroup[];
  items: DocumentItem[];
  actions: DocumentAction[];
  amendments: Meeting['amendments'];
  circulations: Meeting['circulations'];
  /** What the wider version left out, so it can say so. */
  omitted: { confidentialItems: number; withheldNotes: number };
}

export interface MinutesSource {
  networkName: string;
  meeting: Meeting;
  series: MeetingSeries | null;
  items: readonly AgendaItem[];
  actions: readonly ActionItem[];
  partners: readonly Partner[];
  contacts: readonly Contact[];
  /** Actions listed under matters arising, with the meetings they came from. */
  arisingActions: readonly ActionItem[];
  arisingMeetings: readonly Meeting[];
  variant: MinutesVariant;
  /** For sorting organisations and people the way the export language reads them. */
  collator: Intl.Collator;
  /** The word for a guest without an organisation, in the export language. */
  guestOrganisation: string;
}

export function ownerLabel(partnerId: string, contactId: string | null, partners: readonly Partner[], contacts: readonly Contact[]): string {
  const partner = partners.find((candidate) => candidate.id === partnerId);
  const contact = contactId ? contacts.find((candidate) => candidate.id === contactId) : undefined;
  return formatOwner(partner, contact);
}

/** How an owning organisation is named beside its actions: its short name, else its name. */
export function organisationName(partner: Pick<Partner, 'name' | 'shortName'> | undefined): string {
  return partner ? partner.shortName || partner.name : '';
}

function formatOwner(partner: Partner | undefined, contact: Contact | undefined): string {
  const organisation = organisationName(partner);
  return contact ? `${contact.name} (${organisation})` : organisation;
}

/** Partners and contacts by id: built once per data change, then looked up per row. */
export interface OwnerDirectory {
  partners: ReadonlyMap<string, Partner>;
  contacts: ReadonlyMap<string, Contact>;
}

export function ownerDirectory(partners: readonly Partner[], contacts: readonly Contact[]): OwnerDirectory {
  return {
    partners: new Map(partners.map((partner) => [partner.id, partner])),
    contacts: new Map(contacts.map((contact) => [contact.id, contact])),
  };
}

/** The same label as `ownerLabel`, for lists: lookups by id through the directory's maps. */
export function ownerLabelFrom(directory: OwnerDirectory, partnerId: string, contactId: string | null): string {
  return formatOwner(directory.partners.get(partnerId), contactId ? directory.contacts.get(contactId) : undefined);
}

export function buildMinutesDocument(source: MinutesSource): MinutesDocument {
  const { meeting, partners, contacts, variant, collator } = source;
  const wider = variant === 'circulation';
  const live = [...source.items].filter((item) => item.deletedAt === null).sort((a, b) => a.position - b.position);
  const kept = wider ? live.filter((item) => !item.confidential) : live;
  const numberOf = new Map(kept.map((item, index) => [item.id, index + 1]));
  const withheld = (item: AgendaItem) => wider && item.caseDiscussion;

  const owners = ownerDirectory(partners, contacts);
  const meetingTitles = new Map(source.arisingMeetings.map((candidate) => [candidate.id, candidate.title]));
  const arisingById = new Map(source.arisingActions.map((action) => [action.id, action]));
  const liveById = new Map(live.map((item) => [item.id, item]));
  const meetingTitle = (id: string) => meetingTitles.get(id) ?? '';
  const items: DocumentItem[] = kept.map((item) => ({
    number: numberOf.get(item.id)!,
    kind: item.kind,
    title: item.title,
    presenter: item.presenter,
    plannedMinutes: item.plannedMinutes,
    confidential: item.confidential,
    minutes: withheld(item) ? null : item.minutes,
    notesWithheld: withheld(item),
    decisions: withheld(item) ? [] : item.decisions.map((decision) => decision.text),
    arising:
      item.kind === 'matters_arising'
        ? item.arisingActionIds
            .map((id) => arisingById.get(id))
            .filter((action): action is ActionItem => action !== undefined && action.deletedAt === null)
            .map((action) => ({
              text: action.text,
              owner: ownerLabelFrom(owners, action.ownerPartnerId, action.ownerContactId),
              dueDate: action.dueDate,
              status: action.status,
              fromMeeting: meetingTitle(action.meetingId),
            }))
        : [],
  }));

  const actions: DocumentAction[] = source.actions
    .filter((action) => action.deletedAt === null && action.meetingId === meeting.id)
    .filter((action) => {
      const item = liveById.get(action.agendaItemId);
      return !wider || (item !== undefined && !item.confidential && !item.caseDiscussion);
    })
    .map((action) => ({
      text: action.text,
      owner: ownerLabelFrom(owners, action.ownerPartnerId, action.ownerContactId),
      dueDate: action.dueDate,
      status: action.status,
      itemNumber: numberOf.get(action.agendaItemId) ?? null,
    }))
    // Actions without an item (none today) go last, whatever the number of items.
    .sort((a, b) => (a.itemNumber ?? Number.MAX_SAFE_INTEGER) - (b.itemNumber ?? Number.MAX_SAFE_INTEGER));

  return {
    networkName: source.networkName,
    variant,
    draft: isDraft(meeting.status),
    meeting: {
      id: meeting.id,
      title: meeting.title,
      type: meeting.type,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      timeZone: meeting.timeZone,
      location: meeting.location,
      onlineLink: meeting.onlineLink,
      chair: meeting.chair,
      minuteTaker: meeting.minuteTaker,
      confidentiality: meeting.confidentiality,
      status: meeting.status,
      approvedAt: meeting.approvedAt,
      approvedBy: meeting.approvedBy ?? null,
      revision: meeting.revision,
      seriesName: source.series?.name ?? '',
    },
    attendance: groupAttendance(meeting, owners, collator, source.guestOrganisation, wider),
    items,
    actions,
    amendments: meeting.amendments,
    circulations: meeting.circulations,
    omitted: {
      confidentialItems: live.length - kept.length,
      withheldNotes: kept.filter(withheld).length,
    },
  };
}

function groupAttendance(
  meeting: Meeting,
  owners: OwnerDirectory,
  collator: Intl.Collator,
  guestOrganisation: string,
  /** The wider version drops personal notes: a reason for apologies is often about health. */
  withoutNotes: boolean,
): AttendanceGroup[] {
  const groups = new Map<string, AttendanceGroup>();
  for (const attendee of meeting.attendees) {
    const partner = attendee.partnerId ? owners.partners.get(attendee.partnerId) : undefined;
    const organisation = partner?.name ?? (attendee.organisation || guestOrganisation);
    const group = groups.get(organisation) ?? { organisation, present: [], apologies: [], absent: [], invited: [] };
    const email = attendee.contactId ? (owners.contacts.get(attendee.contactId)?.email ?? '') : '';
    const person: DocumentPerson = { name: attendee.name, note: withoutNotes ? '' : attendee.note, email };
    const bucket: Record<Attendance, DocumentPerson[]> = {
      present: group.present,
      apologies: group.apologies,
      absent: group.absent,
      invited: group.invited,
    };
    bucket[attendee.attendance].push(person);
    groups.set(organisation, group);
  }
  const byName = (a: DocumentPerson, b: DocumentPerson) => collator.compare(a.name, b.name);
  return [...groups.values()]
    .map((group) => ({
      ...group,
      present: group.present.sort(byName),
      apologies: group.apologies.sort(byName),
      absent: group.absent.sort(byName),
      invited: group.invited.sort(byName),
    }))
    .sort((a, b) => collator.compare(a.organisation, b.organisation));
}

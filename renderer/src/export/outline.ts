/**
 * The minutes laid out in words of the export language, before any format: every exporter
 * walks this outline, so Markdown, DOCX and the print view say the same things in the same
 * order. Strings here are plain text (not yet escaped); item minutes stay Markdown.
 */
import { amendmentAfter } from '../domain/meeting-lifecycle';
import type { DocumentItem, DocumentPerson, MinutesDocument } from '../domain/minutes-document';
import type { ExportLabels } from './labels';

/** A table whose cells each hold one or more lines (e.g. several people). */
export interface OutlineTable {
  columns: string[];
  rows: string[][][];
}

export interface OutlineFact {
  label: string;
  value: string;
}

export interface OutlineItem {
  heading: string;
  facts: OutlineFact[];
  /** Notices about this item: confidential, notes withheld. */
  notices: string[];
  /** Markdown, or null where there is none or it is withheld. */
  minutes: string | null;
  decisions: { heading: string; entries: string[] } | null;
  arising: { heading: string; table: OutlineTable | null; empty: string } | null;
}

export interface OutlineList {
  heading: string;
  entries: string[];
}

export interface MinutesOutline {
  language: ExportLabels['language'];
  title: string;
  /** Confidentiality and version, for the header of every page. */
  marking: string;
  /** "DRAFT" / "ENTWURF", or null for approved minutes. */
  draftMark: string | null;
  draftNote: string | null;
  notices: string[];
  facts: OutlineFact[];
  attendance: { heading: string; table: OutlineTable | null; empty: string };
  items: OutlineItem[];
  actions: { heading: string; table: OutlineTable | null; empty: string };
  amendments: OutlineList | null;
  circulations: OutlineList | null;
}

const dash = '–';

function person(entry: DocumentPerson): string {
  return entry.note ? `${entry.name} (${entry.note})` : entry.name;
}

function fact(label: string, value: string): OutlineFact[] {
  return value.trim() ? [{ label, value }] : [];
}

function attendanceTable(doc: MinutesDocument, l: ExportLabels): OutlineTable | null {
  if (doc.attendance.length === 0) return null;
  const buckets = (['present', 'apologies', 'absent', 'invited'] as const).filter(
    (bucket) => bucket !== 'invited' || doc.attendance.some((group) => group.invited.length > 0),
  );
  return {
    columns: [l.t('attendance.organisation'), ...buckets.map((bucket) => l.vocab('attendance', bucket))],
    rows: doc.attendance.map((group) => [[group.organisation], ...buckets.map((bucket) => group[bucket].map(person))]),
  };
}

function outlineItem(item: DocumentItem, l: ExportLabels): OutlineItem {
  const notices: string[] = [];
  if (item.confidential) notices.push(l.t('item.confidential'));
  if (item.notesWithheld) notices.push(l.t('item.notesWithheld'));
  const arising =
    item.kind === 'matters_arising'
      ? {
          heading: l.t('item.arising'),
          empty: l.t('item.noArising'),
          table:
            item.arising.length === 0
              ? null
              : {
                  columns: [l.t('actions.action'), l.t('actions.owner'), l.t('actions.due'), l.t('actions.status'), l.t('item.fromMeeting')],
                  rows: item.arising.map((action) => [
                    [action.text],
                    [action.owner || dash],
                    [action.dueDate ? l.date(action.dueDate) : l.t('actions.noDueDate')],
                    [l.vocab('actionStatuses', action.status)],
                    [action.fromMeeting || dash],
                  ]),
                },
        }
      : null;
  return {
    heading: l.t('item.heading', { number: item.number, title: item.title }),
    facts: fact(l.t('item.presenter'), item.presenter),
    notices,
    minutes: item.minutes !== null && item.minutes.trim() !== '' ? item.minutes : null,
    decisions: item.decisions.length > 0 ? { heading: l.t('item.decisions'), entries: item.decisions } : null,
    arising,
  };
}

/** "Name (Organisation)", or the name alone when no organisation was given. */
function approverLabel(approver: { name: string; organisation: string }): string {
  return approver.organisation ? `${approver.name} (${approver.organisation})` : approver.name;
}

export function minutesOutline(doc: MinutesDocument, l: ExportLabels): MinutesOutline {
  const { meeting } = doc;
  const notices: string[] = [];
  if (doc.variant === 'circulation') {
    notices.push(l.t('notice.circulation'));
    if (doc.omitted.confidentialItems > 0) notices.push(l.t('notice.omittedItems', { count: doc.omitted.confidentialItems }));
    if (doc.omitted.withheldNotes > 0) notices.push(l.t('notice.withheldNotes', { count: doc.omitted.withheldNotes }));
  } else {
    notices.push(l.t('notice.full'));
  }
  const facts = [
    ...fact(l.t('fields.network'), doc.networkName),
    ...fact(l.t('fields.series'), meeting.seriesName),
    ...fact(l.t('fields.type'), l.vocab('types', meeting.type)),
    ...fact(l.t('fields.date'), l.when(meeting.startsAt, meeting.endsAt, meeting.timeZone)),
    ...fact(l.t('fields.location'), meeting.location),
    ...fact(l.t('fields.online'), meeting.onlineLink),
    ...fact(l.t('fields.chair'), meeting.chair),
    ...fact(l.t('fields.minuteTaker'), meeting.minuteTaker),
    ...fact(l.t('fields.status'), l.vocab('statuses', meeting.status)),
    ...fact(l.t('fields.approvedAt'), meeting.approvedAt ? l.dateTime(meeting.approvedAt, meeting.timeZone) : ''),
    // Who approved: recorded since approval names its approver; older approvals have none to show.
    ...fact(l.t('fields.approvedBy'), meeting.approvedBy ? approverLabel(meeting.approvedBy) : ''),
    ...fact(l.t('fields.confidentiality'), l.vocab('confidentiality', meeting.confidentiality)),
    ...fact(l.t('fields.version'), l.vocab('variants', doc.variant)),
  ];
  const actionColumns = [l.t('actions.item'), l.t('actions.action'), l.t('actions.owner'), l.t('actions.due'), l.t('actions.status')];
  return {
    language: l.language,
    title: l.t('documentTitle', { title: meeting.title }),
    marking: l.marking(doc),
    draftMark: doc.draft ? l.t('draft') : null,
    draftNote: doc.draft ? l.t('draftNote') : null,
    notices,
    facts,
    attendance: { heading: l.t('attendance.heading'), table: attendanceTable(doc, l), empty: l.t('attendance.none') },
    items: doc.items.map((item) => outlineItem(item, l)),
    actions: {
      heading: l.t('actions.heading'),
      empty: l.t('actions.none'),
      table:
        doc.actions.length === 0
          ? null
          : {
              columns: actionColumns,
              rows: doc.actions.map((action) => [
                [action.itemNumber === null ? dash : String(action.itemNumber)],
                [action.text],
                [action.owner || dash],
                [action.dueDate ? l.date(action.dueDate) : l.t('actions.noDueDate')],
                [l.vocab('actionStatuses', action.status)],
              ]),
            },
    },
    amendments:
      doc.amendments.length === 0
        ? null
        : {
            heading: l.t('amendments.heading'),
            entries: doc.amendments.map((entry) => l.t('amendments.entry', { date: l.dateTime(entry.at, meeting.timeZone), reason: entry.reason })),
          },
    circulations:
      doc.circulations.length === 0
        ? null
        : {
            heading: l.t('circulations.heading'),
            // A circulation an amendment made out of date says so: what went out is not the text on record.
            entries: doc.circulations.map((entry) => {
              const line = l.t('circulations.entry', { date: l.date(entry.on), to: entry.to, variant: l.vocab('variants', entry.variant) });
              const amendment = amendmentAfter(doc, entry);
              return amendment ? `${line} – ${l.t('circulations.outOfDate', { date: l.dateTime(amendment.at, meeting.timeZone) })}` : line;
            }),
          },
  };
}

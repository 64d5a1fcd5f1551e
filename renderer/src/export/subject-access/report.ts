/**
 * The subject-access export as a report document (export/risk-report's model), printed to
 * PDF on the reports' print path: "Confidential" in the running header and footer of every
 * page, the cover with what is included and left out, then one section per part. Drawn
 * from the same object as the JSON file. Every text is escaped by the report's print HTML.
 */
import { machineTimeZone } from '../../domain/zoned-time';
import { exportTranslator, type ExportLabels } from '../labels';
import type { OutlineFact } from '../outline';
import type { ReportBlock, ReportDocument, ReportSection } from '../risk-report';
import type { AuditHistoryEntry, CaseDiscussion, SubjectAccessExport, TimelineEntry } from './format';

const languageNames = { de: 'Deutsch', en: 'English' } as const;

function moment(l: ExportLabels, iso: string, timeZone: string): string {
  return l.dateTime(iso, timeZone);
}

function emptyOr(blocks: ReportBlock[], l: ExportLabels): ReportBlock[] {
  return blocks.length > 0 ? blocks : [{ kind: 'note', text: l.t('subjectAccess.none') }];
}

function coverSection(data: SubjectAccessExport, l: ExportLabels): ReportSection {
  return {
    id: 'cover',
    heading: l.t('subjectAccess.cover.heading'),
    marking: null,
    blocks: [
      { kind: 'subheading', text: l.t('subjectAccess.cover.included') },
      { kind: 'bullets', entries: data.included.map((part) => l.t('subjectAccess.counted', { part: part.label, count: part.count })) },
      { kind: 'subheading', text: l.t('subjectAccess.cover.leftOut') },
      { kind: 'bullets', entries: data.leftOut.map((reason) => reason.label) },
      { kind: 'subheading', text: l.t('subjectAccess.cover.notIncluded') },
      { kind: 'bullets', entries: data.notIncluded.map((entry) => entry.label) },
      { kind: 'note', text: l.t('subjectAccess.cover.staffNames') },
    ],
  };
}

function timelineDetails(entry: TimelineEntry, l: ExportLabels, timeZone: string): string[] {
  const status = entry.toStatus ? [entry.fromStatus ? `${entry.fromStatus.label} → ${entry.toStatus.label}` : entry.toStatus.label] : [];
  return [
    ...status,
    entry.outcome?.label ?? '',
    entry.text,
    entry.meeting
      ? l.t('subjectAccess.timeline.meeting', {
          meeting: `${entry.meeting.title}, ${l.when(entry.meeting.startsAt, entry.meeting.endsAt, entry.meeting.timeZone)}`,
        })
      : '',
    entry.ownerPartner ? l.t('subjectAccess.timeline.owner', { partner: entry.ownerPartner.name }) : '',
    entry.dueDate ? l.t('subjectAccess.timeline.due', { date: l.date(entry.dueDate) }) : '',
    entry.reviewMonths ? l.t('subjectAccess.timeline.reviewMonths', { months: entry.reviewMonths }) : '',
    entry.doneOn ? l.t('subjectAccess.timeline.doneOn', { date: l.date(entry.doneOn) }) : '',
    entry.removedAt ? l.t('subjectAccess.removed', { date: moment(l, entry.removedAt, timeZone) }) : '',
  ].filter(Boolean);
}

function timelineSection(data: SubjectAccessExport, l: ExportLabels, timeZone: string): ReportSection {
  const columns = (['date', 'kind', 'by', 'details'] as const).map((key) => l.t(`subjectAccess.timeline.${key}`));
  const rows = data.timeline.map((entry) => [[l.date(entry.on)], [entry.kind.label], [entry.by], timelineDetails(entry, l, timeZone)]);
  return {
    id: 'timeline',
    heading: l.t('subjectAccess.parts.timeline'),
    marking: null,
    blocks: emptyOr(rows.length ? [{ kind: 'table', table: { columns, rows } }] : [], l),
  };
}

function disclosuresSection(data: SubjectAccessExport, l: ExportLabels, timeZone: string): ReportSection {
  const blocks = data.disclosures.flatMap((entry): ReportBlock[] => {
    const facts: OutlineFact[] = [
      { label: l.t('subjectAccess.disclosure.sharedOn'), value: l.date(entry.sharedOn) },
      { label: l.t('subjectAccess.disclosure.from'), value: entry.from.name },
      { label: l.t('subjectAccess.disclosure.to'), value: entry.to.name },
      { label: l.t('subjectAccess.disclosure.categories'), value: entry.dataCategories.map((category) => category.label).join(', ') },
      { label: l.t('subjectAccess.disclosure.description'), value: entry.description },
      { label: l.t('subjectAccess.disclosure.purpose'), value: entry.purpose },
      { label: l.t('subjectAccess.disclosure.consent'), value: entry.consent.label },
    ];
    if (entry.agreement) {
      const bases = [...entry.agreement.legalBases.map((basis) => basis.label), entry.agreement.legalBasisOther].filter(Boolean).join('; ');
      facts.push(
        { label: l.t('subjectAccess.disclosure.agreement'), value: entry.agreement.title },
        { label: l.t('subjectAccess.disclosure.legalBases'), value: bases || '—' },
      );
    }
    if (entry.noAgreementReason) facts.push({ label: l.t('subjectAccess.disclosure.noAgreementReason'), value: entry.noAgreementReason });
    facts.push(
      { label: l.t('subjectAccess.disclosure.recordedBy'), value: entry.recordedBy },
      { label: l.t('subjectAccess.recordedAt'), value: moment(l, entry.recordedAt, timeZone) },
    );
    const heading = l.t('subjectAccess.disclosure.heading', { date: l.date(entry.sharedOn), from: entry.from.name, to: entry.to.name });
    const removed: ReportBlock[] = entry.removedAt
      ? [{ kind: 'note', text: l.t('subjectAccess.removed', { date: moment(l, entry.removedAt, timeZone) }) }]
      : [];
    return [{ kind: 'subheading', text: heading }, { kind: 'facts', facts }, ...removed];
  });
  return { id: 'disclosures', heading: l.t('subjectAccess.parts.disclosures'), marking: null, blocks: emptyOr(blocks, l) };
}

function acknowledgementsSection(data: SubjectAccessExport, l: ExportLabels, timeZone: string): ReportSection {
  const blocks = data.acknowledgements.flatMap((entry): ReportBlock[] => {
    const gaps = entry.gaps.map((gap) =>
      l.t('subjectAccess.acknowledgement.gap', {
        partners: gap.partners.map((partner) => partner.name).join(' ↔ '),
        missing: gap.missing.map((category) => category.label).join(', '),
      }),
    );
    const facts: OutlineFact[] = [
      { label: l.t('subjectAccess.acknowledgement.at'), value: moment(l, entry.at, timeZone) },
      { label: l.t('subjectAccess.acknowledgement.by'), value: entry.by },
      { label: l.t('subjectAccess.acknowledgement.gaps'), value: gaps.join('; ') },
      { label: l.t('subjectAccess.acknowledgement.reason'), value: entry.reason },
    ];
    const removed: ReportBlock[] = entry.removedAt
      ? [{ kind: 'note', text: l.t('subjectAccess.removed', { date: moment(l, entry.removedAt, timeZone) }) }]
      : [];
    return [{ kind: 'facts', facts }, ...removed];
  });
  return { id: 'acknowledgements', heading: l.t('subjectAccess.parts.acknowledgements'), marking: null, blocks: emptyOr(blocks, l) };
}

function discussionBlocks(entry: CaseDiscussion, l: ExportLabels, timeZone: string): ReportBlock[] {
  const facts: OutlineFact[] = [
    { label: l.t('subjectAccess.discussion.meeting'), value: entry.meeting.title },
    { label: l.t('subjectAccess.discussion.when'), value: l.when(entry.meeting.startsAt, entry.meeting.endsAt, entry.meeting.timeZone) },
    { label: l.t('subjectAccess.discussion.type'), value: entry.meeting.type.label },
    ...(entry.item.presenter ? [{ label: l.t('subjectAccess.discussion.presenter'), value: entry.item.presenter }] : []),
    { label: l.t('subjectAccess.discussion.reason'), value: entry.reason.label },
  ];
  const minutes: ReportBlock[] =
    entry.paragraphs.length > 0
      ? [{ kind: 'subheading', text: l.t('subjectAccess.discussion.minutes') }, ...entry.paragraphs.map((text): ReportBlock => ({ kind: 'paragraph', text }))]
      : [{ kind: 'note', text: l.t('subjectAccess.discussion.noParagraphs') }];
  const decisions: ReportBlock[] =
    entry.decisions.length > 0
      ? [
          { kind: 'subheading', text: l.t('subjectAccess.discussion.decisions') },
          { kind: 'bullets', entries: entry.decisions },
        ]
      : [];
  return [
    { kind: 'subheading', text: l.t('subjectAccess.discussion.heading', { meeting: entry.meeting.title, item: entry.item.title }) },
    { kind: 'facts', facts },
    { kind: 'note', text: l.t(entry.wholeItem ? 'subjectAccess.discussion.whole' : 'subjectAccess.discussion.partial') },
    ...(entry.item.removedAt ? [{ kind: 'note', text: l.t('subjectAccess.removed', { date: moment(l, entry.item.removedAt, timeZone) }) } as const] : []),
    ...minutes,
    ...decisions,
  ];
}

function discussionsSection(data: SubjectAccessExport, l: ExportLabels, timeZone: string): ReportSection {
  return {
    id: 'caseDiscussions',
    heading: l.t('subjectAccess.parts.caseDiscussions'),
    marking: null,
    blocks: emptyOr(
      data.caseDiscussions.flatMap((entry) => discussionBlocks(entry, l, timeZone)),
      l,
    ),
  };
}

function auditRow(entry: AuditHistoryEntry, l: ExportLabels, timeZone: string): string[][] {
  const changes = entry.changes.map((change) => `${change.label}: ${change.oldText} → ${change.newText}`);
  // The record is named when it is not the case itself and its action's word does not already say it.
  const what =
    entry.entity.code === 'referral' || entry.entity.label === entry.action.label ? entry.action.label : `${entry.action.label} · ${entry.entity.label}`;
  return [[moment(l, entry.at, timeZone)], [`${entry.actor.name} (${entry.actor.organisation})`], [what], changes];
}

function auditSection(data: SubjectAccessExport, l: ExportLabels, timeZone: string): ReportSection {
  const columns = (['when', 'who', 'what', 'changes'] as const).map((key) => l.t(`subjectAccess.audit.${key}`));
  const rows = data.auditHistory.map((entry) => auditRow(entry, l, timeZone));
  return {
    id: 'auditHistory',
    heading: l.t('subjectAccess.parts.auditHistory'),
    marking: null,
    blocks: emptyOr(rows.length ? [{ kind: 'table', table: { columns, rows } }] : [], l),
  };
}

/** The report for the PDF; moments are shown in `timeZone` (this computer's, named beside each). */
export function subjectAccessReport(data: SubjectAccessExport, timeZone: string = machineTimeZone()): ReportDocument {
  const l = exportTranslator(data.language);
  return {
    language: data.language,
    title: l.t('subjectAccess.title', { caseCode: data.caseCode }),
    marking: data.marking,
    draftMark: null,
    facts: [
      { label: l.t('subjectAccess.cover.caseCode'), value: data.caseCode },
      { label: l.t('subjectAccess.cover.exportedOn'), value: moment(l, data.exportedAt, timeZone) },
      { label: l.t('subjectAccess.cover.exportedBy'), value: `${data.exportedBy.name} (${data.exportedBy.organisation})` },
      { label: l.t('subjectAccess.cover.language'), value: languageNames[data.language] },
    ],
    notices: [l.t('subjectAccess.cover.purpose')],
    sections: [
      coverSection(data, l),
      {
        id: 'case',
        heading: l.t('subjectAccess.parts.caseFields'),
        marking: null,
        blocks: [{ kind: 'facts', facts: data.case.map((field) => ({ label: field.label, value: field.text })) }],
      },
      timelineSection(data, l, timeZone),
      disclosuresSection(data, l, timeZone),
      acknowledgementsSection(data, l, timeZone),
      discussionsSection(data, l, timeZone),
      auditSection(data, l, timeZone),
    ],
  };
}

/**
 * A subject-access export from the records gathered for one case (storage's
 * subject-access repository): every part in the export's language, with the cover's counts
 * and what was left out. The PDF is drawn from this same object (report.ts), so the JSON
 * and the PDF cannot disagree about what they hold.
 */
import { machineTimeZone } from '../../domain/zoned-time';
import { totalLeftOut, type SubjectAccessRecords } from '../../domain/subject-access';
import type { Language } from '../../i18n/language';
import { exportTranslator } from '../labels';
import {
  acknowledgementEntries,
  auditHistoryEntries,
  caseFields,
  discussionEntries,
  disclosureEntries,
  timelineEntries,
  type PartContext,
} from './build-parts';
import { subjectAccessFormat, subjectAccessVersion, type SubjectAccessExport, type SubjectAccessPart } from './format';
import { vocabularyFor } from './vocabulary';

/** The placeholder that stands for another case's code in a title, in the export's language. */
export function otherCasePlaceholder(language: Language): string {
  return exportTranslator(language).t('subjectAccess.placeholder');
}

export function buildSubjectAccess(records: SubjectAccessRecords, options: { language: Language; exportedAt: Date; timeZone?: string }): SubjectAccessExport {
  const l = exportTranslator(options.language);
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((record) => [record.id, record]));
  const context: PartContext = {
    l,
    v: vocabularyFor(options.language),
    partners: byId(records.partners),
    contacts: byId(records.contacts),
    timeZone: options.timeZone ?? machineTimeZone(),
    agreements: byId(records.agreements),
    meetings: byId(records.eventMeetings),
    caseCode: records.referral.caseCode,
    placeholder: l.t('subjectAccess.placeholder'),
  };
  const parts = {
    case: caseFields(records.referral, context),
    timeline: timelineEntries(records.events, context),
    disclosures: disclosureEntries(records.disclosures, context),
    acknowledgements: acknowledgementEntries(records.acknowledgements, context),
    caseDiscussions: discussionEntries(records.discussions, context),
    auditHistory: auditHistoryEntries(records.audit, context),
  };
  const counts: Record<SubjectAccessPart, number> = {
    caseFields: parts.case.length,
    timeline: parts.timeline.length,
    disclosures: parts.disclosures.length,
    acknowledgements: parts.acknowledgements.length,
    caseDiscussions: parts.caseDiscussions.length,
    paragraphs: parts.caseDiscussions.reduce((sum, discussion) => sum + discussion.paragraphs.length + discussion.decisions.length, 0),
    auditHistory: parts.auditHistory.length,
  };
  const leftOut = totalLeftOut(records.discussions);
  return {
    format: subjectAccessFormat,
    version: subjectAccessVersion,
    caseCode: records.referral.caseCode,
    language: options.language,
    exportedAt: options.exportedAt.toISOString(),
    exportedBy: { name: records.user.name, organisation: records.user.organisation },
    marking: l.t('subjectAccess.marking'),
    included: (Object.keys(counts) as SubjectAccessPart[]).map((part) => ({ code: part, label: l.t(`subjectAccess.parts.${part}`), count: counts[part] })),
    leftOut: [
      ...(['namesOtherCase', 'notAboutCase'] as const)
        .filter((reason) => leftOut[reason] > 0)
        .map((reason) => ({ code: reason, label: l.t(`subjectAccess.leftOutReasons.${reason}`, { count: leftOut[reason] }), count: leftOut[reason] })),
      { code: 'otherCases', label: l.t('subjectAccess.leftOutReasons.otherCases'), count: null },
      { code: 'otherPeople', label: l.t('subjectAccess.leftOutReasons.otherPeople'), count: null },
    ],
    notIncluded: (['backups', 'partnerFiles'] as const).map((code) => ({ code, label: l.t(`subjectAccess.notIncludedList.${code}`) })),
    ...parts,
  };
}

/** The JSON file's text: the export object as it is, indented for a reader. */
export function subjectAccessJson(data: SubjectAccessExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * A risk picture edition as a report, for one version and one language. The version for
 * wider circulation leaves out every section marked confidential and says on the cover how
 * many (never what they held); the marking printed on every page is the highest marking of
 * what the version holds.
 */
import type { ActionItem } from '../../domain/meeting';
import type { CaseFiguresSnapshot, ProtectiveMarking, RiskPictureEdition, RiskSection } from '../../domain/risk-picture';
import { instantToWallClock } from '../../domain/zoned-time';
import type { Language } from '../../i18n/language';
import { exportTranslator, type ExportLabels } from '../labels';
import type { OutlineFact } from '../outline';
import { caseFigureBlocks } from './case-figures-blocks';
import { highestMarking, sectionsOf, type ReportVariant } from './markings';
import type { ReportBlock, ReportDocument, ReportSection } from './report-document';
import { period, sectionMarking } from './report-labels';
import { factorSectionBlocks, gapSectionBlocks, paragraphs, sourceSectionBlocks, threatSectionBlocks, type Lookups } from './risk-sections';

export interface RiskReportInput {
  edition: RiskPictureEdition;
  networkName: string;
  /** The partners the edition names (sources, responsible partners, action owners). */
  partners: readonly { id: string; name: string }[];
  /** The actions its threats link to (the response). */
  actions: readonly ActionItem[];
  /** Where it was agreed: the meeting and the decision's text, when the agreement names them. */
  agreedAt?: { meeting: { title: string; startsAt: string; timeZone: string } | null; decision: string | null };
  /** The snapshot kept at agreement, or for a draft the figures counted now; null when there are none. */
  caseFigures: CaseFiguresSnapshot | null;
}

export interface RiskReportChoice {
  variant: ReportVariant;
  language: Language;
}

/** The sections in the order the report prints them; the response is printed within each threat. */
const printedOrder: readonly Exclude<RiskSection, 'response'>[] = ['summary', 'threats', 'sources', 'factors', 'gaps', 'caseFigures'];
const allSections: readonly RiskSection[] = [...printedOrder, 'response'];

function coverFacts(l: ExportLabels, input: RiskReportInput, variant: ReportVariant): OutlineFact[] {
  const { edition } = input;
  const facts: OutlineFact[] = [];
  if (input.networkName) facts.push({ label: l.t('riskReport.fields.network'), value: input.networkName });
  facts.push({ label: l.t('riskReport.fields.edition'), value: l.t('riskReport.editionValue', { number: edition.editionNumber }) });
  facts.push({ label: l.t('riskReport.fields.period'), value: period(l, edition.periodStart, edition.periodEnd) });
  const agreement = edition.status === 'agreed' ? edition.agreement : null;
  facts.push({
    label: l.t('riskReport.fields.status'),
    value: agreement ? l.t('riskReport.status.agreed', { date: l.date(agreement.agreedOn) }) : l.t('riskReport.status.draft'),
  });
  const meeting = agreement ? input.agreedAt?.meeting : null;
  if (meeting) {
    const day = l.date(instantToWallClock(meeting.startsAt, meeting.timeZone));
    facts.push({ label: l.t('riskReport.fields.meeting'), value: `${meeting.title} (${day})` });
  }
  const decision = agreement ? input.agreedAt?.decision : null;
  if (decision) facts.push({ label: l.t('riskReport.fields.decision'), value: decision });
  facts.push({ label: l.t('riskReport.fields.version'), value: l.t(`riskReport.variants.${variant}`) });
  return facts;
}

export function buildRiskReport(input: RiskReportInput, choice: RiskReportChoice): ReportDocument {
  const l = exportTranslator(choice.language);
  const { edition } = input;
  const { included, omitted } = sectionsOf(edition.markings, allSections, choice.variant);
  const has = (section: RiskSection) => included.includes(section);
  const partnerNames = new Map(input.partners.map((partner) => [partner.id, partner.name]));
  const actionsById = new Map(input.actions.map((action) => [action.id, action]));
  const lookups: Lookups = { partnerName: (id) => partnerNames.get(id) ?? '–', action: (id) => actionsById.get(id) };
  const threatOptions = { showEvidence: has('sources'), showResponse: has('response') };

  const blocksOf: Record<(typeof printedOrder)[number], () => ReportBlock[]> = {
    summary: () => (edition.summary.trim() ? paragraphs(edition.summary) : [{ kind: 'paragraph', text: l.t('riskReport.empty') }]),
    threats: () => threatSectionBlocks(l, edition, lookups, threatOptions),
    sources: () => sourceSectionBlocks(l, edition, lookups),
    factors: () => factorSectionBlocks(l, edition),
    gaps: () => gapSectionBlocks(l, edition),
    caseFigures: () => caseFigureBlocks(l, input.caseFigures),
  };
  const sections: ReportSection[] = printedOrder.filter(has).map((id) => ({
    id,
    heading: l.t(`riskReport.sections.${id}`),
    marking: sectionMarking(l, edition.markings[id]),
    blocks: blocksOf[id](),
  }));

  // What the reader holds: the response is printed only within the threats.
  const printed: ProtectiveMarking[] = sections.map((section) => edition.markings[section.id as RiskSection]);
  if (has('threats') && has('response')) printed.push(edition.markings.response);
  const marking = highestMarking(printed);

  const notices = [l.t(`riskReport.notice.${choice.variant}`)];
  if (omitted.length > 0) notices.push(l.t('riskReport.notice.omitted', { count: omitted.length }));
  const draft = edition.status === 'draft';
  if (draft) notices.unshift(l.t('riskReport.notice.draft'));

  return {
    language: choice.language,
    title: l.t('riskReport.documentTitle', { title: edition.title }),
    marking: l.t('riskReport.marking', { marking: l.vocab('confidentiality', marking), variant: l.t(`riskReport.variants.${choice.variant}`) }),
    draftMark: draft ? l.t('riskReport.draft') : null,
    facts: coverFacts(l, input, choice.variant),
    notices,
    sections,
  };
}

/**
 * The edition's own sections as report blocks: summary, threats (most serious first, each
 * with its rating, evidence and response), sources with their grading, factors and gaps.
 * A threat's evidence quotes the sources section and its response the response section, so
 * each is shown only when that section is in the version.
 */
import type { ActionItem } from '../../domain/meeting';
import type { RiskPictureEdition, RiskSource, Threat } from '../../domain/risk-picture';
import { compareBySeverity, rateThreat } from '../../domain/risk-rating';
import type { ExportLabels } from '../labels';
import type { OutlineFact } from '../outline';
import type { ReportBlock } from './report-document';
import { sectionMarking } from './report-labels';

export interface Lookups {
  /** Partner names by id (archived partners too: an agreed edition still names them). */
  partnerName(id: string): string;
  /** The live actions by id; a removed action is left out. */
  action(id: string): ActionItem | undefined;
}

/** Paragraphs as typed: a blank line starts a new one. */
export function paragraphs(text: string): ReportBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: 'paragraph', text: part }));
}

export function threatTitle(l: ExportLabels, threat: Threat): string {
  return threat.title || l.term(`referrals:vocab.concerns.${threat.concern}`, threat.concern);
}

/** "B2": the source's reliability and the information's credibility. */
export const grading = (source: Pick<RiskSource, 'reliability' | 'credibility'>) => `${source.reliability}${source.credibility}`;

export function ratingText(l: ExportLabels, threat: Pick<Threat, 'likelihood' | 'impact'>): string {
  const { score, level } = rateThreat(threat.likelihood, threat.impact);
  return l.t('riskReport.threat.ratingValue', {
    level: l.t(`riskReport.threat.levels.${level}`),
    score,
    likelihood: threat.likelihood,
    impact: threat.impact,
  });
}

/** Most serious first; equally serious threats keep the order they were written in. */
export function threatsBySeverity<T extends Pick<Threat, 'likelihood' | 'impact'>>(threats: readonly T[]): T[] {
  return [...threats].sort(compareBySeverity);
}

interface ThreatOptions {
  showEvidence: boolean;
  showResponse: boolean;
}

function threatBlocks(l: ExportLabels, edition: RiskPictureEdition, threat: Threat, number: number, lookups: Lookups, options: ThreatOptions): ReportBlock[] {
  const facts: OutlineFact[] = [];
  if (threat.title) facts.push({ label: l.t('riskReport.threat.concern'), value: l.term(`referrals:vocab.concerns.${threat.concern}`, threat.concern) });
  facts.push({ label: l.t('riskReport.threat.rating'), value: ratingText(l, threat) });
  facts.push({ label: l.t('riskReport.threat.trend'), value: l.t(`riskReport.threat.trends.${threat.trend}`) });
  if (threat.areas) facts.push({ label: l.t('riskReport.threat.areas'), value: threat.areas });
  if (threat.groups) facts.push({ label: l.t('riskReport.threat.groups'), value: threat.groups });
  const blocks: ReportBlock[] = [
    { kind: 'subheading', text: l.t('riskReport.threat.heading', { number, title: threatTitle(l, threat) }) },
    { kind: 'facts', facts },
    ...paragraphs(threat.description),
  ];
  if (options.showEvidence) {
    const sources = threat.sourceIds.map((id) => edition.sources.find((source) => source.id === id)).filter((source) => source !== undefined);
    blocks.push({ kind: 'subheading', text: l.t('riskReport.threat.evidence'), note: sectionMarking(l, edition.markings.sources) });
    blocks.push(
      sources.length > 0
        ? { kind: 'bullets', entries: sources.map((source) => l.t('riskReport.threat.evidenceEntry', { title: source.title, grading: grading(source) })) }
        : { kind: 'paragraph', text: l.t('riskReport.threat.noEvidence') },
    );
  }
  if (options.showResponse) blocks.push(...responseBlocks(l, edition, threat, lookups));
  return blocks;
}

function responseBlocks(l: ExportLabels, edition: RiskPictureEdition, threat: Threat, lookups: Lookups): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: l.t('riskReport.threat.response'), note: sectionMarking(l, edition.markings.response) }];
  const actions = threat.actionIds.map(lookups.action).filter((action) => action !== undefined);
  if (actions.length > 0) {
    blocks.push({
      kind: 'table',
      table: {
        columns: [l.t('actions.action'), l.t('actions.owner'), l.t('actions.due'), l.t('actions.status')],
        rows: actions.map((action) => [
          [action.text],
          [lookups.partnerName(action.ownerPartnerId)],
          [action.dueDate ? l.date(action.dueDate) : l.t('actions.noDueDate')],
          [l.vocab('actionStatuses', action.status)],
        ]),
      },
    });
  }
  if (threat.partnerIds.length > 0) {
    blocks.push({ kind: 'facts', facts: [{ label: l.t('riskReport.threat.partners'), value: threat.partnerIds.map(lookups.partnerName).join(', ') }] });
  }
  if (actions.length === 0 && threat.partnerIds.length === 0) blocks.push({ kind: 'paragraph', text: l.t('riskReport.threat.noResponse') });
  return blocks;
}

export function threatSectionBlocks(l: ExportLabels, edition: RiskPictureEdition, lookups: Lookups, options: ThreatOptions): ReportBlock[] {
  const threats = threatsBySeverity(edition.threats);
  if (threats.length === 0) return [{ kind: 'paragraph', text: l.t('riskReport.empty') }];
  return threats.flatMap((threat, index) => threatBlocks(l, edition, threat, index + 1, lookups, options));
}

export function sourceSectionBlocks(l: ExportLabels, edition: RiskPictureEdition, lookups: Lookups): ReportBlock[] {
  if (edition.sources.length === 0) return [{ kind: 'paragraph', text: l.t('riskReport.empty') }];
  return [
    { kind: 'note', text: l.t('riskReport.sources.explain') },
    {
      kind: 'table',
      table: {
        columns: ['title', 'kind', 'origin', 'date', 'grading', 'note'].map((column) => l.t(`riskReport.sources.${column as 'title'}`)),
        rows: edition.sources.map((source) => [
          [source.title],
          [l.t(`riskReport.sources.kinds.${source.kind}`)],
          [source.kind === 'partner' ? lookups.partnerName(source.partnerId) : ''],
          [source.date ? l.date(source.date) : ''],
          [grading(source)],
          source.note ? source.note.split('\n') : [],
        ]),
      },
    },
  ];
}

export function factorSectionBlocks(l: ExportLabels, edition: RiskPictureEdition): ReportBlock[] {
  const list = (texts: string[]): ReportBlock =>
    texts.length > 0 ? { kind: 'bullets', entries: texts } : { kind: 'paragraph', text: l.t('riskReport.empty') };
  return [
    { kind: 'subheading', text: l.t('riskReport.factors.vulnerabilities') },
    list(edition.vulnerabilities.map((factor) => factor.text)),
    { kind: 'subheading', text: l.t('riskReport.factors.protective') },
    list(edition.protectiveFactors.map((factor) => factor.text)),
  ];
}

export function gapSectionBlocks(l: ExportLabels, edition: RiskPictureEdition): ReportBlock[] {
  if (edition.gaps.length === 0) return [{ kind: 'paragraph', text: l.t('riskReport.empty') }];
  return [
    {
      kind: 'bullets',
      entries: edition.gaps.map((gap) =>
        gap.sector ? `${gap.text} (${l.t('riskReport.gaps.sector', { sector: l.term(`common:sectors.${gap.sector}`, gap.sector) })})` : gap.text,
      ),
    },
  ];
}

/**
 * The local risk picture (Lagebild; in the UK the Counter-Terrorism Local Profile and the
 * Prevent duty's local risk assessment): one record per edition, written by the coordinator,
 * agreed by the network, refreshed (typically yearly). An agreed edition is read-only; the
 * next one starts as a copy of it.
 *
 * An edition keeps its threats, sources, factors and gaps inside itself (not as records of
 * their own): they are written, agreed and compared together, and one revision for the whole
 * edition is what makes "a save based on an old revision is refused" hold for all of it.
 * Threats keep their id when the next edition is started from this one, so two editions can
 * be compared threat by threat.
 *
 * Reliability is graded on the Admiralty (NATO STANAG 2511) scale, the grading police
 * partners already use: the source's reliability A–F and the information's credibility 1–6,
 * judged separately, so "a usually reliable source passing on a rumour" (B4) is told apart
 * from "an unreliable source reporting something confirmed elsewhere" (E1).
 */
import { z } from 'zod';
import { confidentialityLevels, type Confidentiality } from './meeting';
import type { RecordMeta } from './record';
import { concernTypes, type ConcernType } from './referral';
import { sectorCodes } from './sectors';
import { isRealIsoDate, limits, msg, optionalIsoDate, optionalText, requiredText } from './validation';

export const riskTrends = ['rising', 'stable', 'falling', 'new'] as const;
export type RiskTrend = (typeof riskTrends)[number];

/** Likelihood and impact are each judged 1 (very low) to 5 (very high). */
export const riskScaleValues = [1, 2, 3, 4, 5] as const;
export type RiskScaleValue = (typeof riskScaleValues)[number];

/** Admiralty grading: how reliable the source has proved (A completely … E unreliable, F cannot be judged). */
export const sourceReliabilities = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type SourceReliability = (typeof sourceReliabilities)[number];

/** Admiralty grading: how credible this piece of information is (1 confirmed … 5 improbable, 6 cannot be judged). */
export const informationCredibilities = ['1', '2', '3', '4', '5', '6'] as const;
export type InformationCredibility = (typeof informationCredibilities)[number];

/** Where a piece of evidence comes from. */
export const riskSourceKinds = ['partner', 'public_report', 'case_figures', 'other'] as const;
export type RiskSourceKind = (typeof riskSourceKinds)[number];

/** The parts of an edition that each carry their own protective marking. */
export const riskSections = ['summary', 'threats', 'sources', 'factors', 'gaps', 'response', 'caseFigures'] as const;
export type RiskSection = (typeof riskSections)[number];

/** Markings reuse the minutes' levels; the version for wider circulation leaves out "confidential". */
export type ProtectiveMarking = Confidentiality;
export const protectiveMarkings = confidentialityLevels;

export const riskEditionStatuses = ['draft', 'agreed'] as const;
export type RiskEditionStatus = (typeof riskEditionStatuses)[number];

/** How many of each an edition holds: generous for a city, small enough to read in one sitting. */
export const riskPictureLimits = { threats: 40, sources: 150, factors: 60, gaps: 60, linksPerThreat: 50 } as const;

const itemId = z.string().min(1).max(100);
const scale = z
  .number({ error: msg('choice') })
  .int({ error: msg('choice') })
  .min(1, { error: msg('choice') })
  .max(5, { error: msg('choice') });
const idList = z.array(itemId).max(riskPictureLimits.linksPerThreat);

export const threatSchema = z.object({
  id: itemId,
  /** The ideology or harm, in the concern vocabulary of referrals, so the two line up. */
  concern: z.enum(concernTypes, { error: msg('choice') }),
  /** A short heading; empty means the concern's own name is the heading. */
  title: optionalText(limits.name),
  description: optionalText(limits.notes),
  /** Places or areas concerned, as written ("Nordstadt, Hauptbahnhof"). */
  areas: optionalText(limits.role),
  /** Groups targeted or vulnerable ("young people 14–17", "people housed in the Ostpark shelter"). */
  groups: optionalText(limits.role),
  trend: z.enum(riskTrends, { error: msg('choice') }),
  likelihood: scale,
  impact: scale,
  /** The evidence behind it: ids of this edition's sources. */
  sourceIds: idList.default([]),
  /** The response: the network's actions (action tracker) and the partners responsible. */
  actionIds: idList.default([]),
  partnerIds: idList.default([]),
});
export type ThreatInput = z.input<typeof threatSchema>;
export type Threat = z.output<typeof threatSchema>;

export const riskSourceSchema = z
  .object({
    id: itemId,
    kind: z.enum(riskSourceKinds, { error: msg('choice') }),
    /** For kind "partner": which partner it came from. */
    partnerId: z.string().trim().default(''),
    /** What it is: "Verfassungsschutzbericht NRW 2025", "Polizei: Lagebesprechung 3. März". */
    title: requiredText(limits.name),
    /** When the evidence is from (not when it was entered). */
    date: optionalIsoDate,
    reliability: z.enum(sourceReliabilities, { error: msg('choice') }),
    credibility: z.enum(informationCredibilities, { error: msg('choice') }),
    note: optionalText(limits.notes),
  })
  .superRefine((value, context) => {
    if (value.kind === 'partner' && !value.partnerId) context.addIssue({ code: 'custom', path: ['partnerId'], message: msg('required') });
  });
export type RiskSourceInput = z.input<typeof riskSourceSchema>;
export type RiskSource = z.output<typeof riskSourceSchema>;

/** A vulnerability or a protective factor: a sentence, optionally about an area or group. */
export const riskFactorSchema = z.object({
  id: itemId,
  text: requiredText(limits.notes),
});
export type RiskFactor = z.output<typeof riskFactorSchema>;

/** A gap in the response, optionally the sector no partner covers yet (as the overview finds them). */
export const riskGapSchema = z.object({
  id: itemId,
  text: requiredText(limits.notes),
  sector: z.union([z.enum(sectorCodes), z.literal('')]).default(''),
});
export type RiskGap = z.output<typeof riskGapSchema>;

export const sectionMarkingsSchema = z.object(
  Object.fromEntries(riskSections.map((section) => [section, z.enum(protectiveMarkings, { error: msg('choice') })])) as Record<
    RiskSection,
    z.ZodEnum<{ [K in ProtectiveMarking]: K }>
  >,
);
export type SectionMarkings = Record<RiskSection, ProtectiveMarking>;

export const defaultSectionMarkings: SectionMarkings = {
  summary: 'internal',
  threats: 'internal',
  sources: 'confidential',
  factors: 'internal',
  gaps: 'internal',
  response: 'internal',
  caseFigures: 'internal',
};

/** What the edition form edits: everything but the lifecycle (agreeing has its own step). */
export const riskEditionShape = {
  title: requiredText(limits.name),
  /** The period the picture covers (its case figures are counted over it). */
  periodStart: z.string().refine(isRealIsoDate, { error: msg('date') }),
  periodEnd: z.string().refine(isRealIsoDate, { error: msg('date') }),
  summary: optionalText(limits.minutes),
  markings: sectionMarkingsSchema,
  threats: z.array(threatSchema).max(riskPictureLimits.threats, { error: msg('tooMany', { max: riskPictureLimits.threats }) }),
  sources: z.array(riskSourceSchema).max(riskPictureLimits.sources, { error: msg('tooMany', { max: riskPictureLimits.sources }) }),
  vulnerabilities: z.array(riskFactorSchema).max(riskPictureLimits.factors, { error: msg('tooMany', { max: riskPictureLimits.factors }) }),
  protectiveFactors: z.array(riskFactorSchema).max(riskPictureLimits.factors, { error: msg('tooMany', { max: riskPictureLimits.factors }) }),
  gaps: z.array(riskGapSchema).max(riskPictureLimits.gaps, { error: msg('tooMany', { max: riskPictureLimits.gaps }) }),
};

export const riskEditionInputSchema = z.object(riskEditionShape).superRefine((value, context) => {
  if (isRealIsoDate(value.periodStart) && isRealIsoDate(value.periodEnd) && value.periodEnd < value.periodStart) {
    context.addIssue({ code: 'custom', path: ['periodEnd'], message: msg('dateRange') });
  }
  const sourceIds = new Set(value.sources.map((source) => source.id));
  value.threats.forEach((threat, index) => {
    if (threat.sourceIds.some((id) => !sourceIds.has(id))) {
      context.addIssue({ code: 'custom', path: ['threats', index, 'sourceIds'], message: msg('choice') });
    }
  });
});
export type RiskEditionInput = z.input<typeof riskEditionInputSchema>;
export type RiskEditionData = z.output<typeof riskEditionInputSchema>;

/**
 * A count as it may be published: exact from 5 up; a group of 1–4 is null and shown as "<5",
 * so no person can be singled out. 0 stays 0 (nobody to single out).
 */
export type PublishedCount = number | null;

export const caseFigureDimensions = ['concern', 'ageBand', 'area', 'outcome'] as const;
export type CaseFigureDimension = (typeof caseFigureDimensions)[number];

/** One line of a breakdown: a code (a concern, an age band, an outcome) or an area as written. */
export interface CaseFigureRow {
  key: string;
  count: PublishedCount;
  /** The same group in the previous period of equal length. */
  previous: PublishedCount;
}

/** Referrals of a period broken down by concern, age band, area and outcome, against the previous period. */
export interface CaseFiguresSnapshot {
  periodStart: string;
  periodEnd: string;
  previousStart: string;
  previousEnd: string;
  total: PublishedCount;
  previousTotal: PublishedCount;
  breakdowns: Record<CaseFigureDimension, CaseFigureRow[]>;
  /** When they were counted (an instant). */
  countedAt: string;
}

const publishedCount = z.number().int().min(0).nullable();
const caseFigureRowSchema = z.strictObject({ key: z.string().max(limits.area), count: publishedCount, previous: publishedCount });
export const caseFiguresSnapshotSchema = z.strictObject({
  periodStart: z.string().refine(isRealIsoDate),
  periodEnd: z.string().refine(isRealIsoDate),
  previousStart: z.string().refine(isRealIsoDate),
  previousEnd: z.string().refine(isRealIsoDate),
  total: publishedCount,
  previousTotal: publishedCount,
  breakdowns: z.strictObject(
    Object.fromEntries(caseFigureDimensions.map((dimension) => [dimension, z.array(caseFigureRowSchema).max(500)])) as Record<
      CaseFigureDimension,
      z.ZodArray<typeof caseFigureRowSchema>
    >,
  ),
  countedAt: z.iso.datetime({ offset: true }),
});

/** Who agreed it, where: the meeting (and, optionally, the decision in its minutes). */
export interface RiskAgreement {
  agreedOn: string;
  meetingId: string | null;
  decisionId: string | null;
  /** The local user who recorded the agreement, as the audit trail names them. */
  recordedBy: { name: string; organisation: string };
}

export interface RiskPictureEdition extends RecordMeta, RiskEditionData {
  status: RiskEditionStatus;
  /** 1 for the first edition, then one more for every edition started from the previous. */
  editionNumber: number;
  /** The edition this one was started from, or null for the first. */
  previousEditionId: string | null;
  agreement: RiskAgreement | null;
  /**
   * The case figures as they were when the edition was agreed (counts only, already
   * suppressed), so an agreed edition keeps showing what the network agreed, whatever happens
   * to the cases later (a correction, a deletion when retention ends). Null while a draft:
   * a draft counts the cases live.
   */
  caseFigures: CaseFiguresSnapshot | null;
}

/** Fields compared (old → new) in the audit trail when an edition changes. */
export const auditedRiskEditionFields = [
  'title',
  'periodStart',
  'periodEnd',
  'summary',
  'markings',
  'threats',
  'sources',
  'vulnerabilities',
  'protectiveFactors',
  'gaps',
  'status',
  'agreement',
] as const satisfies readonly (keyof RiskPictureEdition)[];

/** An empty edition for a period: every marking at its default. */
export function emptyEdition(title: string, periodStart: string, periodEnd: string): RiskEditionData {
  return {
    title,
    periodStart,
    periodEnd,
    summary: '',
    markings: { ...defaultSectionMarkings },
    threats: [],
    sources: [],
    vulnerabilities: [],
    protectiveFactors: [],
    gaps: [],
  };
}

export type { ConcernType };

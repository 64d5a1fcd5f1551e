/**
 * A threat's rating: likelihood × impact on the usual 5×5 risk matrix (1–25), and the
 * red/amber/green level the matrix colours it with. The bands are the common local-authority
 * ones (as in the UK's Prevent risk assessments and most German Kommunen's risk registers):
 * 1–6 green, 8–12 amber, 15–25 red (7, 13 and 14 cannot occur as a product of 1–5).
 */
import type { RiskScaleValue } from './risk-picture';

export const ragLevels = ['green', 'amber', 'red'] as const;
export type RagLevel = (typeof ragLevels)[number];

export interface ThreatRating {
  /** likelihood × impact, 1–25. */
  score: number;
  level: RagLevel;
}

/** The lowest score of amber, and of red. */
export const ragThresholds = { amber: 8, red: 15 } as const;

export function rateThreat(likelihood: RiskScaleValue | number, impact: RiskScaleValue | number): ThreatRating {
  if (!isScaleValue(likelihood) || !isScaleValue(impact))
    throw new RangeError(`likelihood and impact must be whole numbers 1–5, not ${likelihood} and ${impact}`);
  const score = likelihood * impact;
  return { score, level: score >= ragThresholds.red ? 'red' : score >= ragThresholds.amber ? 'amber' : 'green' };
}

function isScaleValue(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Orders threats most serious first: score, then impact (a rare catastrophe before a frequent nuisance). */
export function compareBySeverity(a: { likelihood: number; impact: number }, b: { likelihood: number; impact: number }): number {
  return rateThreat(b.likelihood, b.impact).score - rateThreat(a.likelihood, a.impact).score || b.impact - a.impact;
}

/**
 * The contract between the figures page (and the figures report) and what each part of the
 * network's records contributes: a section with a heading and its charts, loaded for a
 * period and already translated. The page and the report render any section the same way,
 * so adding a figure means adding a loader, not touching the page.
 */
import type { TFunction } from 'i18next';
import type { ChartSpec } from '../../charts/chart-spec';
import type { FiguresPeriod } from '../../domain/figures-period';

export interface FigureSection {
  /** Stable, for anchors and tests: "meetings", "actions", "referrals", "agreements". */
  id: string;
  heading: string;
  /** A sentence under the heading, e.g. how a figure is counted. */
  note?: string;
  charts: ChartSpec[];
}

export type FigureSectionLoader = (period: FiguresPeriod, t: TFunction, language: 'de' | 'en') => Promise<FigureSection>;

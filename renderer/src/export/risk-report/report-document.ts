/**
 * A report as the exporters draw it: already translated, already filtered for its version,
 * independent of the format. The risk picture's edition and the network's figures both
 * become one of these, so the print HTML and the DOCX exporter are written once and cannot
 * disagree about what a version holds.
 */
import type { ChartSpec } from '../../charts/chart-spec';
import type { Language } from '../../i18n/language';
import type { OutlineFact, OutlineTable } from '../outline';

export type ReportBlock =
  | { kind: 'subheading'; text: string; note?: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'facts'; facts: OutlineFact[] }
  | { kind: 'bullets'; entries: string[] }
  | { kind: 'table'; table: OutlineTable; caption?: string }
  | { kind: 'chart'; spec: ChartSpec };

export interface ReportSection {
  /** Stable, for tests and anchors: a risk section ("threats") or a figures section id. */
  id: string;
  heading: string;
  /** "Marking: Internal", when the section carries a marking of its own. */
  marking: string | null;
  blocks: ReportBlock[];
}

export interface ReportDocument {
  language: Language;
  title: string;
  /** Printed on every page (PDF running header and footer, DOCX header and footer). */
  marking: string;
  /** A draft's mark beside the marking on every page, or null. */
  draftMark: string | null;
  facts: OutlineFact[];
  /** On the cover: the version, and what was left out of it (never what it said). */
  notices: string[];
  sections: ReportSection[];
}

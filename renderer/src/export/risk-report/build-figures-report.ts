/**
 * The network's figures as a report: one section per figure section, each chart followed by
 * its table (the same spec draws both, so they cannot disagree). The figures are counts,
 * small groups already suppressed; the marking is the one chosen for the report.
 */
import { chartTableRows, type ChartSpec } from '../../charts/chart-spec';
import type { FiguresPeriod } from '../../domain/figures-period';
import type { ProtectiveMarking } from '../../domain/risk-picture';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/language';
import { exportTranslator, type ExportLabels } from '../labels';
import type { ReportBlock, ReportDocument } from './report-document';
import { period as periodText } from './report-labels';

/** A figures section (features/figures/figure-section.ts has the same shape; export/ imports no feature). */
export interface ReportFigureSection {
  id: string;
  heading: string;
  note?: string;
  charts: ChartSpec[];
}

export interface FiguresReportChoice {
  language: Language;
  networkName: string;
  /** The figures are counts with small groups suppressed: "internal" unless chosen otherwise. */
  marking?: ProtectiveMarking;
}

function chartBlocks(l: ExportLabels, spec: ChartSpec): ReportBlock[] {
  return [
    { kind: 'chart', spec },
    {
      kind: 'table',
      caption: l.t('riskReport.figures.table', { title: spec.title }),
      table: {
        // The categories' column has no heading of its own in a ChartSpec; the caption names the table.
        columns: ['', ...spec.series.map((series) => series.name)],
        rows: chartTableRows(spec, (value) => formatNumber(value, l.language)).map((row) => row.map((cell) => [cell])),
      },
    },
  ];
}

export function buildFiguresReport(sections: readonly ReportFigureSection[], period: FiguresPeriod, choice: FiguresReportChoice): ReportDocument {
  const l = exportTranslator(choice.language);
  const marking = choice.marking ?? 'internal';
  const facts = [];
  if (choice.networkName) facts.push({ label: l.t('riskReport.fields.network'), value: choice.networkName });
  facts.push({ label: l.t('riskReport.fields.period'), value: periodText(l, period.start, period.end) });
  return {
    language: choice.language,
    title: l.t('riskReport.figures.documentTitle'),
    marking: l.vocab('confidentiality', marking),
    draftMark: null,
    facts,
    notices: [l.t('riskReport.figures.notice')],
    sections: sections.map((section) => {
      const blocks: ReportBlock[] = section.note ? [{ kind: 'note', text: section.note }] : [];
      blocks.push(...section.charts.flatMap((spec) => chartBlocks(l, spec)));
      if (section.charts.length === 0) blocks.push({ kind: 'paragraph', text: l.t('riskReport.figures.empty') });
      return { id: section.id, heading: section.heading, marking: null, blocks };
    }),
  };
}

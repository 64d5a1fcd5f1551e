/**
 * One chart of the figures: the picture, and the same numbers as a table (for screen readers,
 * for reading exact values, for copying), switched by a pair of buttons, and the table exported
 * as CSV or Excel. Both views come from the one ChartSpec, so they cannot disagree.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartTableRows, type ChartSpec } from '../../charts/chart-spec';
import { text, type ListTable } from '../../export/list-table';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ListExportMenu } from '../ListExportMenu';
import { chartAltText } from './chart-alt-text';
import { useChartImage } from './useChartImage';
import './chart-figure.css';

/** How a suppressed small count is written when the spec does not say. */
const suppressed = '<5';

type View = 'chart' | 'table';

export function ChartFigure({ spec, testId }: { spec: ChartSpec; testId?: string }) {
  const { t } = useTranslation('figures');
  const language = useLanguage();
  const [view, setView] = useState<View>('chart');
  const headingId = useId();
  const image = useChartImage(spec);
  const shownSpec = useMemo(() => ({ ...spec, suppressedLabel: spec.suppressedLabel ?? suppressed }), [spec]);
  const rows = useMemo(() => chartTableRows(shownSpec, (value) => formatNumber(value, language)), [shownSpec, language]);
  const header = [spec.categoryLabel ?? t('chart.category'), ...spec.series.map((series) => series.name)];
  const empty = spec.categories.length === 0;
  const exportTable = async (): Promise<ListTable> => ({ title: spec.title, header, rows: rows.map((row) => row.map(text)) });
  const alt = chartAltText(spec, t, (value) => (value === null ? shownSpec.suppressedLabel : formatNumber(value, language)));
  // Without a picture (drawing failed), the table is the figure.
  const shown: View = image.status === 'failed' ? 'table' : view;

  return (
    <figure className="chart-figure" aria-labelledby={headingId} data-testid={testId}>
      <div className="chart-figure-head">
        <h3 id={headingId}>{spec.title}</h3>
        {!empty && (
          <div className="chart-figure-tools">
            <div className="chart-view-switch" role="group" aria-label={t('chart.view', { title: spec.title })}>
              <button
                type="button"
                className="button quiet"
                aria-pressed={shown === 'chart'}
                onClick={() => setView('chart')}
                disabled={image.status === 'failed'}
              >
                {t('chart.showChart')}
              </button>
              <button type="button" className="button quiet" aria-pressed={shown === 'table'} onClick={() => setView('table')}>
                {t('chart.showTable')}
              </button>
            </div>
            <ListExportMenu choices={[{ label: spec.title, build: exportTable }]} testId={testId && `${testId}-export`} />
          </div>
        )}
      </div>
      {empty ? (
        <p className="muted">{t('chart.empty')}</p>
      ) : shown === 'chart' ? (
        image.status === 'ready' ? (
          <img className="chart-image" src={image.url} alt={alt} width={image.width} height={image.height} />
        ) : (
          <div className="chart-image chart-drawing" aria-busy="true" />
        )
      ) : (
        <div className="table-wrap chart-table">
          <table className="table compact">
            <caption>{t('chart.caption', { title: spec.title, unit: spec.valueLabel })}</caption>
            <thead>
              <tr>
                {header.map((heading, index) => (
                  <th key={index} scope="col" className={index > 0 ? 'number' : undefined}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([category, ...values], row) => (
                <tr key={row}>
                  <th scope="row">{category}</th>
                  {values.map((value, column) => (
                    <td key={column} className="number">
                      {value}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}

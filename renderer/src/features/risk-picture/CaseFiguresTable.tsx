import { useTranslation } from 'react-i18next';
import type { CaseFigureDimension, CaseFigureRow } from '../../domain/risk-picture';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { caseFigureLabel, changeView, countText } from './case-figures-view';

/** One breakdown: each group with this period, the period before and the change. */
export function CaseFiguresTable({ dimension, rows, note }: { dimension: CaseFigureDimension; rows: CaseFigureRow[]; note?: string }) {
  const { t } = useTranslation(['riskPicture', 'referrals']);
  const language = useLanguage();
  const number = (value: number) => formatNumber(value, language);
  return (
    <div className={`case-figures-breakdown breakdown-${dimension}`}>
      <div className="table-wrap">
        <table className="table compact case-figures-table">
          <caption>{t(`riskPicture:caseFigures.dimensions.${dimension}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`riskPicture:caseFigures.groups.${dimension}`)}</th>
              <th scope="col" className="number">
                {t('riskPicture:caseFigures.columns.current')}
              </th>
              <th scope="col" className="number">
                {t('riskPicture:caseFigures.columns.previous')}
              </th>
              <th scope="col" className="number">
                {t('riskPicture:caseFigures.columns.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const change = changeView(row, t, number);
              return (
                <tr key={row.key}>
                  <th scope="row">{caseFigureLabel(dimension, row.key, t)}</th>
                  <td className="number">{countText(row.count, t, number)}</td>
                  <td className="number">{countText(row.previous, t, number)}</td>
                  <td className={`number change-${change.direction}`}>
                    <span aria-hidden="true">{change.shown}</span>
                    <span className="visually-hidden">{change.spoken}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {note && <p className="muted case-figures-note">{note}</p>}
    </div>
  );
}

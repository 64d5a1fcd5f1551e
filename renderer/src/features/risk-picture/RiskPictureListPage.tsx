import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import { riskPictures, useLive, type RiskEditionSummary } from '../../storage';
import { PageHeading } from '../../ui/PageHeading';
import { AgreeEditionDialog } from './AgreeEditionDialog';
import { EditionStatusBadge } from './EditionStatusBadge';
import { StartNextEditionButton } from './StartNextEditionButton';
import './risk-picture.css';

/** The editions of the risk picture, newest period first, with what can be done with each. */
export function RiskPictureListPage() {
  const { t } = useTranslation('riskPicture');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const editions = useLive(() => riskPictures.list(), []);
  if (editions === undefined) return <p className="muted">{tc('loading')}</p>;
  const continued = new Set(editions.map((edition) => edition.previousEditionId).filter(Boolean));
  return (
    <>
      <PageHeading
        title={t('title')}
        intro={t('intro')}
        actions={
          editions.length > 0 && (
            <Link className="button quiet" to="/risk-picture/new">
              {t('list.freshStart')}
            </Link>
          )
        }
      />
      {editions.length === 0 ? (
        <div className="card empty-state">
          <p>{t('list.emptyWhat')}</p>
          <p className="muted">{t('list.emptyHow')}</p>
          <Link className="button primary" to="/risk-picture/new">
            {t('list.newEdition')}
          </Link>
        </div>
      ) : (
        <>
          <p className="hint list-hint">{t('list.freshStartHint')}</p>
          <EditionTable editions={editions} continued={continued} onAgreed={(id) => navigate(`/risk-picture/${id}`)} />
        </>
      )}
    </>
  );
}

interface EditionTableProps {
  editions: RiskEditionSummary[];
  /** Ids of editions a next edition was started from. */
  continued: ReadonlySet<string | null>;
  onAgreed: (id: string) => void;
}

function EditionTable({ editions, continued, onAgreed }: EditionTableProps) {
  const { t } = useTranslation('riskPicture');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('list.columns.title')}</th>
            <th scope="col">{t('list.columns.period')}</th>
            <th scope="col">{t('list.columns.status')}</th>
            <th scope="col">{t('list.columns.agreedOn')}</th>
            <th scope="col">{t('list.columns.threats')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('list.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {editions.map((edition) => (
            <tr key={edition.id}>
              <td>
                <Link to={`/risk-picture/${edition.id}`}>{edition.title}</Link>
                <div className="edition-number muted">{t('list.editionNumber', { number: edition.editionNumber })}</div>
              </td>
              <td className="nowrap">{t('list.period', { start: formatDate(edition.periodStart, language), end: formatDate(edition.periodEnd, language) })}</td>
              <td>
                <EditionStatusBadge status={edition.status} />
              </td>
              <td className="nowrap">{edition.agreement ? formatDate(edition.agreement.agreedOn, language) : <span className="muted">–</span>}</td>
              <td>{formatNumber(edition.threatCount, language)}</td>
              <td>
                <div className="row">
                  {edition.status === 'draft' ? (
                    <>
                      <Link className="button" to={`/risk-picture/${edition.id}/edit`} aria-label={t('list.editNamed', { title: edition.title })}>
                        {tc('actions.edit')}
                      </Link>
                      <AgreeEditionDialog edition={edition} onAgreed={() => onAgreed(edition.id)} />
                    </>
                  ) : (
                    !continued.has(edition.id) && <StartNextEditionButton edition={edition} />
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The coverage matrix where a grid would be too large to read: the partners as a paged list
 * (with how many others each is covered with), and for one partner the partners it shares an
 * agreement in force with, and those it does not.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dataCategories } from '../../domain/agreement';
import type { CoverageMatrix } from '../../domain/agreement-coverage';
import { clampPage } from '../../domain/paging';
import { coveredCounts, gridLimit, groupBySector, noMatrixFilter, pairsOf, type MatrixFilter } from '../../domain/coverage-matrix-view';
import type { Partner } from '../../domain/partner';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Pager } from '../../ui/Pager';
import { Section } from '../../ui/Section';
import { usePageParam } from '../../ui/usePageParam';
import { pairLink } from './list-query';
import { paramsFromMatrixFilter, partnerPairsLink } from './matrix-query';

/** The partner list shows this many partners a page. */
const overviewPageSize = 50;
/** Up to this many partners without cover are listed open; more start folded by sector. */
const openListLimit = 30;

/** Choosing a partner starts from all partners (the scope kept): its pairs are then filtered anew. */
const pairsLink = (filter: MatrixFilter, partnerId: string) => partnerPairsLink({ ...noMatrixFilter, scope: filter.scope }, partnerId);

interface OverviewProps {
  /** The partners the filter leaves, in sector order. */
  partners: Partner[];
  /** Every partner the matrix considers (before the filter): what "covered with" counts among. */
  scope: Partner[];
  matrix: CoverageMatrix;
  /** How many agreements in force bind each partner. */
  agreementCounts: ReadonlyMap<string, number>;
  filter: MatrixFilter;
}

export function PartnerOverview({ partners, scope, matrix, agreementCounts, filter }: OverviewProps) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const [requestedPage, setPage] = usePageParam();
  const counts = useMemo(
    () =>
      coveredCounts(
        scope.map((partner) => partner.id),
        matrix,
      ),
    [scope, matrix],
  );
  const { page, pageCount, first } = clampPage(requestedPage, partners.length, overviewPageSize);
  const shown = partners.slice(first, first + overviewPageSize);
  const number = (value: number) => formatNumber(value, language);
  const summary = t('matrix.overviewRange', { from: number(first + 1), to: number(first + shown.length), total: number(partners.length) });
  const pager = (label: string, announce: boolean) =>
    pageCount > 1 && <Pager label={label} summary={summary} page={page} pageCount={pageCount} onPage={setPage} announce={announce} />;
  return (
    <>
      <p className="notice matrix-hint">
        {partners.length > gridLimit
          ? t('matrix.tooMany', { count: partners.length, partners: number(partners.length), limit: gridLimit })
          : t('matrix.choosePartner')}
      </p>
      {pager(t('matrix.overviewPages'), true)}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('matrix.columns.partner')}</th>
              <th scope="col">{t('matrix.columns.sector')}</th>
              <th scope="col" className="numeric">
                {t('matrix.columns.agreementsInForce')}
              </th>
              <th scope="col" className="numeric">
                {t('matrix.columns.coveredWith')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((partner) => (
              <tr key={partner.id}>
                <td>
                  <Link to={pairsLink(filter, partner.id)}>{partner.name}</Link>
                </td>
                <td>{tc(`sectors.${partner.sector}`)}</td>
                <td className="numeric">{number(agreementCounts.get(partner.id) ?? 0)}</td>
                <td className="numeric">{t('matrix.ofPartners', { covered: number(counts.get(partner.id) ?? 0), total: number(scope.length - 1) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager(t('matrix.overviewPagesEnd'), false)}
    </>
  );
}

interface PairsProps {
  partner: Partner;
  /** The partners to pair it with (the filter's), in sector order. */
  others: Partner[];
  matrix: CoverageMatrix;
  filter: MatrixFilter;
}

export function PartnerPairsView({ partner, others, matrix, filter }: PairsProps) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const { covered, uncovered } = useMemo(() => pairsOf(partner.id, others, matrix), [partner.id, others, matrix]);
  const uncoveredGroups = useMemo(() => groupBySector(uncovered, (other) => other.sector), [uncovered]);
  const categoryLabels = new Map(dataCategories.map((category) => [category, t(`vocab.categories.${category}`)]));
  const number = (value: number) => formatNumber(value, language);
  const back = `/agreements/matrix?${paramsFromMatrixFilter({ ...filter, partnerId: '' }).toString()}`;
  return (
    <Section title={t('matrix.pairsTitle', { name: partner.name })} className="matrix-pairs">
      <div className="matrix-pairs-head">
        <p>
          {t('matrix.pairsSummary', {
            count: covered.length + uncovered.length,
            covered: number(covered.length),
            total: number(covered.length + uncovered.length),
          })}
        </p>
        <Link className="button" to={back}>
          {t('matrix.allPartners')}
        </Link>
      </div>
      <h3>{t('matrix.coveredHeading', { count: covered.length, number: number(covered.length) })}</h3>
      {covered.length === 0 ? (
        <p className="muted">{t('matrix.noCoveredPairs')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('matrix.columns.partner')}</th>
                <th scope="col">{t('matrix.columns.sector')}</th>
                <th scope="col">{t('list.columns.categories')}</th>
                <th scope="col">{t('matrix.columns.agreements')}</th>
              </tr>
            </thead>
            <tbody>
              {covered.map(({ partner: other, coverage }) => (
                <tr key={other.id}>
                  <td>
                    <Link to={pairsLink(filter, other.id)}>{other.name}</Link>
                  </td>
                  <td>{tc(`sectors.${other.sector}`)}</td>
                  <td className="small-text">{coverage.categories.map((category) => categoryLabels.get(category)).join(', ')}</td>
                  <td className="nowrap">
                    <Link
                      to={pairLink(partner.id, other.id)}
                      aria-label={t('matrix.openAgreements', { count: coverage.agreementIds.length, first: partner.name, second: other.name })}
                    >
                      {t('matrix.agreementCount', { count: coverage.agreementIds.length, number: number(coverage.agreementIds.length) })}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('matrix.uncoveredHeading', { count: uncovered.length, number: number(uncovered.length) })}</h3>
      {uncovered.length === 0 ? (
        <p className="muted">{t('matrix.noUncoveredPairs')}</p>
      ) : (
        <div className="matrix-uncovered">
          {uncoveredGroups.map((group) => (
            // A long list starts folded to its sectors and their counts; a short one open.
            <details key={group.sector} className="matrix-uncovered-group" open={uncovered.length <= openListLimit}>
              <summary>
                {tc(`sectors.${group.sector}`)} <span className="muted">({number(group.items.length)})</span>
              </summary>
              <ul>
                {group.items.map((other) => (
                  <li key={other.id}>
                    <Link to={pairsLink(filter, other.id)}>{other.name}</Link>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      )}
    </Section>
  );
}

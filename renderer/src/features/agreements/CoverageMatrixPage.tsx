import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { buildCoverageMatrix } from '../../domain/agreement-coverage';
import {
  agreementsInForceByPartner,
  coverageSummary,
  filterMatrixPartners,
  gridLimit,
  noMatrixFilter,
  partnersInForce,
  scopePartners,
  type MatrixFilter,
} from '../../domain/coverage-matrix-view';
import { localToday } from '../../domain/date-time';
import { useLanguage } from '../../i18n';
import { collatorFor, formatNumber } from '../../i18n/format';
import { agreements as agreementRepo, partners as partnerRepo, useLive } from '../../storage';
import { PageHeading } from '../../ui/PageHeading';
import { useSearchText } from '../../ui/useSearchText';
import { MatrixGrid, MatrixLegend } from './MatrixGrid';
import { PartnerOverview, PartnerPairsView } from './MatrixPartnerViews';
import { MatrixToolbar } from './MatrixToolbar';
import { matrixFilterFromParams, paramsFromMatrixFilter } from './matrix-query';
import { shortLabel } from './partner-names';
import './agreements.css';
import './matrix.css';

/**
 * Which pairs of partners an agreement in force today lets share data. A grid while it stays
 * readable (up to `gridLimit` partners, grouped by sector); beyond that, a list of partners
 * and, for one partner, with whom it is covered and with whom not.
 */
export function CoverageMatrixPage() {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  // The name search is kept in memory only, never in the address (see ui/useSearchText).
  const [name, setName] = useSearchText('coverage-matrix');
  const urlFilter = useMemo(() => matrixFilterFromParams(params), [params]);
  // A partner's pairs open without a name search (their links reset the filter but the scope),
  // so all its pairs show; coming back from there keeps what was typed meanwhile.
  const [pairsOf, setPairsOf] = useState(urlFilter.partnerId);
  if (urlFilter.partnerId !== pairsOf) {
    setPairsOf(urlFilter.partnerId);
    if (urlFilter.partnerId && name) setName('');
  }
  const filter = useMemo<MatrixFilter>(() => ({ ...urlFilter, name }), [urlFilter, name]);
  // Only agreements that may be in force are read (through the status and date indexes).
  const data = useLive(async () => {
    const [agreements, partners] = await Promise.all([agreementRepo.inForce(), partnerRepo.list()]);
    return { agreements, partners };
  });
  const today = localToday();
  const coverage = useMemo(() => {
    if (!data) return undefined;
    const matrix = buildCoverageMatrix(data.agreements, today);
    const live = data.partners.filter((partner) => partner.deletedAt === null);
    return {
      matrix,
      live,
      byId: new Map(live.map((partner) => [partner.id, partner])),
      inForce: partnersInForce(matrix),
      agreementCounts: agreementsInForceByPartner(data.agreements, today),
      network: coverageSummary(
        live.map((partner) => partner.id),
        matrix,
      ),
    };
  }, [data, today]);
  const scope = useMemo(
    () => (coverage ? scopePartners(coverage.live, coverage.inForce, filter.scope, shortLabel, collatorFor(language).compare) : []),
    [coverage, filter.scope, language],
  );
  const shown = useMemo(() => filterMatrixPartners(scope, filter), [scope, filter]);
  // A changed filter or name starts the partner list again at page 1 (the params leave the page out).
  const update = (change: Partial<MatrixFilter>) => {
    if (change.name !== undefined) setName(change.name);
    setParams(paramsFromMatrixFilter({ ...urlFilter, ...change }), { replace: true });
  };

  const heading = (
    <PageHeading
      title={t('matrix.title')}
      intro={t('matrix.intro')}
      actions={
        <Link className="button" to="/agreements">
          {t('matrix.back')}
        </Link>
      }
    />
  );
  if (!coverage)
    return (
      <>
        {heading}
        <p className="muted">{tc('loading')}</p>
      </>
    );
  if (coverage.live.length < 2) {
    return (
      <>
        {heading}
        <section className="card empty-state">
          <h2>{t('matrix.emptyTitle')}</h2>
          <p>{t('matrix.emptyBody')}</p>
          <Link className="button primary" to="/partners/new">
            {t('matrix.addPartner')}
          </Link>
        </section>
      </>
    );
  }
  const { network } = coverage;
  const chosen = filter.partnerId ? coverage.byId.get(filter.partnerId) : undefined;
  const filtered = name !== '' || paramsFromMatrixFilter({ ...urlFilter, partnerId: '' }).size > 0;
  const number = (value: number) => formatNumber(value, language);

  return (
    <>
      {heading}
      <p className="matrix-summary">
        {t('matrix.networkSummary', { count: network.coveredPairs, partners: number(network.partners), pairs: number(network.coveredPairs) })}
      </p>
      <MatrixToolbar filter={filter} onChange={update} onClear={filtered ? () => update({ ...noMatrixFilter, partnerId: filter.partnerId }) : undefined} />
      {chosen ? (
        <PartnerPairsView partner={chosen} others={shown} matrix={coverage.matrix} filter={filter} />
      ) : shown.length === 0 ? (
        <NothingShown noneInForce={filter.scope === 'in_force' && scope.length === 0} onShowAll={() => update({ scope: 'all' })} />
      ) : shown.length > gridLimit || shown.length === 1 ? (
        <PartnerOverview partners={shown} scope={scope} matrix={coverage.matrix} agreementCounts={coverage.agreementCounts} filter={filter} />
      ) : (
        <>
          <ShownSummary partnerIds={shown.map((partner) => partner.id)} matrix={coverage.matrix} />
          <MatrixGrid partners={shown} matrix={coverage.matrix} />
          <MatrixLegend />
        </>
      )}
    </>
  );
}

/** "26 partners shown: 40 of 325 pairs covered." above the grid. */
function ShownSummary({ partnerIds, matrix }: { partnerIds: string[]; matrix: Parameters<typeof coverageSummary>[1] }) {
  const { t } = useTranslation('agreements');
  const language = useLanguage();
  const summary = coverageSummary(partnerIds, matrix);
  return (
    <p className="muted matrix-shown">
      {t('matrix.shownSummary', {
        count: partnerIds.length,
        partners: formatNumber(partnerIds.length, language),
        covered: formatNumber(summary.coveredPairs, language),
        pairs: formatNumber(summary.pairs, language),
      })}
    </p>
  );
}

/** No partner to show: none in an agreement yet, or none matches the filter. */
function NothingShown({ noneInForce, onShowAll }: { noneInForce: boolean; onShowAll: () => void }) {
  const { t } = useTranslation('agreements');
  if (!noneInForce) return <p className="card muted">{t('matrix.noMatches')}</p>;
  return (
    <section className="card empty-state">
      <h2>{t('matrix.noneInForceTitle')}</h2>
      <p>{t('matrix.noneInForceBody')}</p>
      <div className="row matrix-empty-actions">
        <button type="button" className="button" onClick={onShowAll}>
          {t('matrix.showAllPartners')}
        </button>
        <Link className="button primary" to="/agreements/new">
          {t('new')}
        </Link>
      </div>
    </section>
  );
}

import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildCoverageMatrix, pairCoverage, partnerPairs, type CoverageMatrix, type PairCoverage } from '../../domain/agreement-coverage';
import { localToday } from '../../domain/date-time';
import type { Partner } from '../../domain/partner';
import { useLanguage } from '../../i18n';
import { collatorFor } from '../../i18n/format';
import { agreements as agreementRepo, partners as partnerRepo, useLive } from '../../storage';
import { PageHeading } from '../../ui/PageHeading';
import { Section } from '../../ui/Section';
import { pairLink } from './list-query';
import { shortLabel } from './partner-names';
import './agreements.css';

/** Every current partner against every other: which pairs an agreement in force today lets share data. */
export function CoverageMatrixPage() {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const data = useLive(async () => {
    const [agreements, partners] = await Promise.all([agreementRepo.list(), partnerRepo.list()]);
    return { agreements, partners };
  });
  const today = localToday();
  const matrix = useMemo(() => (data ? buildCoverageMatrix(data.agreements, today) : new Map<string, PairCoverage>()), [data, today]);
  const partners = useMemo(() => {
    const compare = collatorFor(language).compare;
    return (data?.partners ?? [])
      .filter((partner) => partner.deletedAt === null && partner.status !== 'former')
      .sort((a, b) => compare(shortLabel(a), shortLabel(b)));
  }, [data, language]);

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
  if (!data)
    return (
      <>
        {heading}
        <p className="muted">{tc('loading')}</p>
      </>
    );
  if (partners.length < 2) {
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
  const pairs = partnerPairs(partners.map((partner) => partner.id));
  const covered = pairs.filter(([first, second]) => pairCoverage(matrix, first, second).agreementIds.length > 0).length;
  return (
    <>
      {heading}
      <p className="matrix-summary">{t('matrix.summary', { covered, pairs: pairs.length })}</p>
      <MatrixTable partners={partners} matrix={matrix} />
      <Legend />
    </>
  );
}

/** A partner's name as a header: the short name shown, the full one in a tooltip and for screen readers. */
function PartnerHeader({ partner, scope }: { partner: Partner; scope: 'col' | 'row' }) {
  const short = shortLabel(partner);
  const abbreviated = short !== partner.name;
  return (
    <th scope={scope} title={partner.name} className={scope === 'col' ? 'matrix-col' : 'matrix-row'}>
      <span className="matrix-label" aria-hidden={abbreviated || undefined}>
        {short}
      </span>
      {abbreviated && <span className="visually-hidden">{partner.name}</span>}
    </th>
  );
}

function MatrixTable({ partners, matrix }: { partners: Partner[]; matrix: CoverageMatrix }) {
  const { t } = useTranslation('agreements');
  const labelId = useId();
  return (
    <div className="matrix-scroll" role="region" aria-labelledby={labelId} tabIndex={0}>
      <span id={labelId} className="visually-hidden">
        {t('matrix.tableLabel')}
      </span>
      <table className="matrix" aria-label={t('matrix.tableLabel')}>
        <thead>
          <tr>
            <td className="matrix-corner" />
            {partners.map((partner) => (
              <PartnerHeader key={partner.id} partner={partner} scope="col" />
            ))}
          </tr>
        </thead>
        <tbody>
          {partners.map((row) => (
            <tr key={row.id}>
              <PartnerHeader partner={row} scope="row" />
              {partners.map((column) => (
                <MatrixCell key={column.id} row={row} column={column} matrix={matrix} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MatrixCell({ row, column, matrix }: { row: Partner; column: Partner; matrix: CoverageMatrix }) {
  const { t } = useTranslation('agreements');
  if (row.id === column.id) return <td className="matrix-self" />;
  const { agreementIds, categories } = pairCoverage(matrix, row.id, column.id);
  if (agreementIds.length === 0) {
    return (
      <td className="matrix-gap">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('matrix.uncovered')}</span>
      </td>
    );
  }
  const label = t('matrix.cell', {
    first: row.name,
    second: column.name,
    count: categories.length,
    categories: categories.map((category) => t(`vocab.categories.${category}`)).join(', '),
  });
  return (
    <td className="matrix-covered">
      <Link to={pairLink(row.id, column.id)} data-pair={`${row.id}|${column.id}`} aria-label={label} title={label}>
        <span aria-hidden="true">✓</span>
        <span className="matrix-count">{categories.length}</span>
      </Link>
    </td>
  );
}

function Legend() {
  const { t } = useTranslation('agreements');
  return (
    <Section title={t('matrix.legendTitle')} className="matrix-legend">
      <ul>
        <li>
          <span className="matrix-swatch matrix-covered" aria-hidden="true">
            ✓ 3
          </span>
          {t('matrix.legendCovered')}
        </li>
        <li>
          <span className="matrix-swatch matrix-gap" aria-hidden="true">
            –
          </span>
          {t('matrix.legendUncovered')}
        </li>
        <li>
          <span className="matrix-swatch matrix-self" aria-hidden="true" />
          {t('matrix.legendSelf')}
        </li>
      </ul>
      <p className="muted">{t('matrix.legendHeaders')}</p>
    </Section>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { RiskPictureEdition } from '../../../domain/risk-picture';
import { compareEditions, type EditionComparison } from '../../../domain/risk-picture-compare';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { actions as actionRepo, partners as partnerRepo, riskPictures, useLive } from '../../../storage';
import { PageHeading } from '../../../ui/PageHeading';
import { ComparisonView } from './ComparisonView';
import { compareParams, resolveComparePair, type ComparePair } from './compare-params';
import { EditionPickers, type RiskEditionSummary } from './EditionPickers';
import './compare.css';

interface LoadedComparison {
  editions: RiskEditionSummary[];
  pair: ComparePair;
  from: RiskPictureEdition | undefined;
  to: RiskPictureEdition | undefined;
  comparison: EditionComparison | null;
  actionNames: Map<string, string>;
  partnerNames: Map<string, string>;
}

const unique = (ids: string[]) => [...new Set(ids)];

/** Reads the list of editions (few: one a year), the two chosen, and the names of the links that changed. */
async function loadComparison(params: URLSearchParams): Promise<LoadedComparison> {
  const editions = await riskPictures.list();
  const pair = resolveComparePair(params, editions);
  const [from, to] = await Promise.all([pair.fromId ? riskPictures.get(pair.fromId) : undefined, pair.toId ? riskPictures.get(pair.toId) : undefined]);
  const comparison = from && to && from.id !== to.id ? compareEditions(from, to) : null;
  const changedLinks = comparison?.threats.changed.map((change) => change.links) ?? [];
  const actionIds = unique(changedLinks.flatMap(({ actions }) => [...actions.added, ...actions.removed]));
  const partnerIds = unique(changedLinks.flatMap(({ partners }) => [...partners.added, ...partners.removed]));
  const [actionItems, partnerItems] = await Promise.all([actionRepo.getMany(actionIds), Promise.all(partnerIds.map((id) => partnerRepo.get(id)))]);
  return {
    editions,
    pair,
    from,
    to,
    comparison,
    actionNames: new Map(actionItems.map((action) => [action.id, action.text])),
    partnerNames: new Map(partnerItems.flatMap((partner) => (partner ? [[partner.id, partner.name] as const] : []))),
  };
}

/** "What changed since last year": two editions of the risk picture side by side, change by change. */
export function RiskPictureComparePage() {
  const { t } = useTranslation('riskPicture');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const data = useLive(() => loadComparison(new URLSearchParams(query)), [query]);

  const back = (
    <p>
      <Link to="/risk-picture">← {t('compare.back')}</Link>
    </p>
  );
  if (!data) {
    return (
      <>
        {back}
        <PageHeading title={t('compare.windowTitle')} />
        <p className="muted">{tc('loading')}</p>
      </>
    );
  }
  const { editions, pair, from, to, comparison } = data;
  const choose = (next: ComparePair) => {
    // A "to" chosen alone keeps "from" following it (its previous edition) unless "from" was chosen too.
    const fromChosen = params.has('from') || next.fromId !== pair.fromId;
    setParams(compareParams({ toId: next.toId, fromId: fromChosen ? next.fromId : '' }), { replace: true });
  };
  const period = (edition: { periodStart: string; periodEnd: string }) =>
    t('compare.period', { start: formatDate(edition.periodStart, language), end: formatDate(edition.periodEnd, language) });

  const missing = (pair.fromId !== '' && !from) || (pair.toId !== '' && !to);
  return (
    <>
      {back}
      <PageHeading
        title={from && comparison ? t('compare.title', { edition: from.title }) : t('compare.windowTitle')}
        windowTitle={t('compare.windowTitle')}
        intro={t('compare.intro')}
      />
      {editions.length === 0 ? (
        <p className="card muted">{t('compare.noEditions')}</p>
      ) : (
        <>
          <EditionPickers editions={editions} pair={{ fromId: from?.id ?? '', toId: to?.id ?? '' }} period={period} onChoose={choose} />
          {missing ? (
            <p className="notice" role="alert">
              {t('compare.missing')}
            </p>
          ) : from && to && from.id === to.id ? (
            <p className="notice" role="status">
              {t('compare.same')}
            </p>
          ) : to && !from ? (
            <p className="notice" role="status">
              {t('compare.noPrevious')}
            </p>
          ) : comparison && from && to ? (
            <ComparisonView
              comparison={comparison}
              period={period}
              names={{
                source: (id) => to.sources.find((source) => source.id === id)?.title ?? from.sources.find((source) => source.id === id)?.title ?? id,
                action: (id) => data.actionNames.get(id) ?? t('compare.unknownAction'),
                partner: (id) => data.partnerNames.get(id) ?? t('compare.unknownPartner'),
              }}
            />
          ) : (
            <p className="card muted">{t('compare.chooseTwo')}</p>
          )}
        </>
      )}
    </>
  );
}

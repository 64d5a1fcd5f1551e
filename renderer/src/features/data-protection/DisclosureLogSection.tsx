/**
 * The network's disclosure log for a period (in the address: `?from=…&to=…`, as on the
 * figures page), 50 a page, read through the `sharedOn` index; exported whole as CSV or XLSX
 * with the same rows.
 */
import { useTranslation } from 'react-i18next';
import { disclosureLogPageSize } from '../../domain/disclosure-log';
import type { FiguresPeriod } from '../../domain/figures-period';
import { disclosureLogTable } from '../../export/disclosure-log-table';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { dataProtection, useLiveList } from '../../storage';
import { ListExportMenu } from '../../ui/ListExportMenu';
import { Pager } from '../../ui/Pager';
import { PeriodFilter } from '../../ui/PeriodFilter';
import { Section } from '../../ui/Section';
import { usePageParam } from '../../ui/usePageParam';
import { dpoWords } from './dpo-words';
import { DisclosureLogTable } from './DisclosureLogTable';

const logTables = ['disclosures', 'referrals', 'partners', 'agreements'] as const;

export function DisclosureLogSection({
  period,
  invalid,
  today,
  onPeriod,
}: {
  period: FiguresPeriod;
  invalid: boolean;
  today: string;
  onPeriod: (period: FiguresPeriod) => void;
}) {
  const { t: tf } = useTranslation('figures');
  const language = useLanguage();
  const words = dpoWords(language);
  const { t } = words;
  const [requestedPage, setPage] = usePageParam();
  const data = useLiveList(logTables, () => dataProtection.disclosureLogPage(period, requestedPage), [period.start, period.end, requestedPage]);
  const label = t('log.list', { from: words.date(period.start), to: words.date(period.end) });

  const first = data ? (data.page - 1) * disclosureLogPageSize + 1 : 0;
  const summary = data
    ? t('log.range', {
        from: formatNumber(Math.min(first, data.total), language),
        to: formatNumber(first + data.items.length - 1, language),
        total: formatNumber(data.total, language),
      })
    : '';
  return (
    <Section title={t('log.title')} className="dpo-log">
      <div className="stack">
        <p className="muted">{t('log.intro')}</p>
        <PeriodFilter period={period} today={today} onChange={onPeriod} />
        {invalid && (
          <p className="notice warn" role="status">
            {tf('page.periodInvalid')}
          </p>
        )}
        {!data ? (
          <p className="muted">{t('loading')}</p>
        ) : data.total === 0 ? (
          <p className="muted" aria-live="polite">
            {t('log.empty')}
          </p>
        ) : (
          <>
            <div className="row dpo-log-head">
              <p className="pager-summary" aria-live="polite" data-testid="dpo-log-count">
                {t('log.count', { count: data.total, formatted: formatNumber(data.total, language) })}
              </p>
              <ListExportMenu
                testId="dpo-log-export"
                choices={[{ label, build: async () => disclosureLogTable(await dataProtection.disclosureLog(period), words.logTable) }]}
              />
            </div>
            {data.pageCount > 1 && <Pager label={t('log.pages')} summary={summary} page={data.page} pageCount={data.pageCount} onPage={setPage} announce />}
            <DisclosureLogTable rows={data.items} words={words} />
            {data.pageCount > 1 && <Pager label={t('log.pagesEnd')} summary={summary} page={data.page} pageCount={data.pageCount} onPage={setPage} />}
          </>
        )}
      </div>
    </Section>
  );
}

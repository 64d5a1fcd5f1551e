/** The deletions done, newest first, 50 a page (page in the address as `?deletions=2`), read through the erasures' `createdAt` index. */
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { dataProtection, erasurePageSize, useLiveList } from '../../storage';
import { Pager } from '../../ui/Pager';
import { Section } from '../../ui/Section';
import { usePageParam } from '../../ui/usePageParam';
import { dpoWords } from './dpo-words';

const erasureTables = ['erasures'] as const;

export function ErasuresSection() {
  const language = useLanguage();
  const words = dpoWords(language);
  const { t } = words;
  const [requestedPage, setPage] = usePageParam('deletions');
  const data = useLiveList(erasureTables, () => dataProtection.erasurePage(requestedPage), [requestedPage]);
  const first = data ? (data.page - 1) * erasurePageSize + 1 : 0;
  return (
    <Section title={t('erasures.title')} className="dpo-erasures">
      <div className="stack">
        <p className="muted">{t('erasures.intro')}</p>
        {!data ? (
          <p className="muted">{t('loading')}</p>
        ) : data.total === 0 ? (
          <p className="muted">{t('erasures.empty')}</p>
        ) : (
          <>
            {data.pageCount > 1 && (
              <Pager
                label={t('erasures.pages')}
                summary={t('erasures.range', {
                  from: formatNumber(first, language),
                  to: formatNumber(first + data.items.length - 1, language),
                  total: formatNumber(data.total, language),
                })}
                page={data.page}
                pageCount={data.pageCount}
                onPage={setPage}
                announce
              />
            )}
            <div className="table-wrap dpo-scroll">
              <table className="table" data-testid="dpo-erasures">
                <thead>
                  <tr>
                    <th scope="col">{t('erasures.what')}</th>
                    <th scope="col">{t('erasures.when')}</th>
                    <th scope="col">{t('erasures.reason')}</th>
                    <th scope="col">{t('erasures.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((erasure) => (
                    <tr key={erasure.id}>
                      <th scope="row">{words.erased(erasure)}</th>
                      <td>{words.dateTime(erasure.createdAt)}</td>
                      <td>{t(`erasures.reasons.${erasure.reason}`)}</td>
                      <td className="dpo-text">{erasure.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </Section>
  );
}

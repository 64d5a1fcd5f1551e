import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import type { AuditCheckReport } from '../../storage';

/** What a check found: intact (and how much this check covered), where the chain breaks, records without an entry. */
export function AuditCheckResult({ report }: { report: AuditCheckReport }) {
  const { t } = useTranslation('settings');
  const { t: te } = useTranslation('errors');
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const { chain, unaudited } = report;
  return (
    <>
      {chain.ok && (
        <div className="notice">
          {chain.count === 0 ? (
            <p>{t('audit.empty')}</p>
          ) : report.mode === 'full' ? (
            <p>{t('audit.intact', { count: chain.count, shown: n(chain.count) })}</p>
          ) : (
            <>
              <p>{t('audit.intactIncremental', { count: chain.count, shown: n(chain.count) })}</p>
              <p>
                {t('audit.incrementalDetail', { from: n(report.resumedAt ?? 0), checked: n(report.checked) })}
                {report.sweep && <> {t('audit.sweepDetail', { from: n(report.sweep.from), to: n(report.sweep.to) })}</>}
              </p>
            </>
          )}
          {report.fullBecause && <p>{t(`audit.fullBecause.${report.fullBecause}`)}</p>}
        </div>
      )}
      {!chain.ok && (
        <div className="notice error">
          <p>
            {chain.reason === 'stray' ? (
              <strong>{t('audit.stray', { count: chain.count })}</strong>
            ) : (
              <>
                <strong>{t('audit.broken', { seq: n(chain.seq) })}</strong> {t(`audit.reason.${chain.reason}`)}
              </>
            )}
          </p>
          {report.fullBecause === 'changedBehind' && <p>{t('audit.fullBecause.changedBehind')}</p>}
          <p>{t('audit.brokenAdvice')}</p>
        </div>
      )}
      {unaudited.length > 0 && (
        <div className="notice error">
          <p>
            <strong>{t('audit.unaudited', { count: unaudited.reduce((sum, kind) => sum + kind.count, 0) })}</strong>{' '}
            {t('audit.unauditedKinds', { kinds: unaudited.map((kind) => `${te(`entities.${kind.entity}`)} (${kind.count})`).join(', ') })}
          </p>
          <p>{t('audit.brokenAdvice')}</p>
        </div>
      )}
    </>
  );
}

import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { audit, useLive, type AuditCheckMode } from '../../storage';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { AuditCheckResult } from './AuditCheckResult';
import { useAuditCheck } from './useAuditCheck';
import './audit-check.css';

/**
 * Checks on request that no audit entry was changed, removed or put in afterwards: by
 * default from where the last check ended, or every entry again. The check runs in a Web
 * Worker, so the window stays usable while 300,000 entries are hashed.
 */
export function AuditCheckSection() {
  const { t } = useTranslation('settings');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const { running, progress, report, start, cancel } = useAuditCheck();
  // The worker records its checkpoint in the database; this reads it back live.
  const lastCheck = useLive(() => audit.lastCheck());
  const deletions = useLive(() => audit.erasureSummary());
  const progressTextId = useId();
  const buttons = useRef<Partial<Record<AuditCheckMode, HTMLButtonElement | null>>>({});
  const n = (value: number) => formatNumber(value, language);
  const lastFullCheck = report?.lastFullCheck ?? lastCheck?.fullCheck ?? null;

  const run = async (mode: AuditCheckMode) => {
    // The buttons stay focusable while a check runs (aria-disabled), so they ignore the press.
    if (running) return;
    try {
      if ((await start(mode)).cancelled) notify('success', t('audit.cancelled'));
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      // The Cancel button is gone now: a keyboard user who pressed it lands where they started.
      if (!document.activeElement || document.activeElement === document.body) buttons.current[mode]?.focus();
    }
  };

  return (
    <Section title={t('audit.title')} className="audit-check">
      <div className="stack">
        <p className="muted">{t('audit.intro')}</p>
        <p className="muted">{t('audit.scope')}</p>
        <p className="muted">
          {lastCheck && <>{t('audit.lastCheck', { date: formatDateTime(lastCheck.at, language) })} </>}
          {lastFullCheck ? t('audit.lastFullCheck', { date: formatDateTime(lastFullCheck.at, language), seq: n(lastFullCheck.seq) }) : t('audit.noFullCheck')}
        </p>
        <div className="row">
          <button
            type="button"
            className="button"
            ref={(button) => {
              buttons.current.incremental = button;
            }}
            aria-disabled={running ? true : undefined}
            onClick={() => void run('incremental')}
          >
            {running === 'incremental' ? t('audit.checking') : t('audit.check')}
          </button>
          <button
            type="button"
            className="button"
            ref={(button) => {
              buttons.current.full = button;
            }}
            aria-disabled={running ? true : undefined}
            onClick={() => void run('full')}
          >
            {running === 'full' ? t('audit.checkingFull') : t('audit.checkFull')}
          </button>
          {running && (
            <button type="button" className="button quiet" onClick={cancel}>
              {t('audit.cancel')}
            </button>
          )}
        </div>
        {running && (
          <div className="audit-progress">
            <progress
              aria-label={t('audit.progressLabel')}
              aria-describedby={progressTextId}
              value={progress?.checked}
              max={Math.max(progress?.total ?? 1, 1)}
            />
            <span id={progressTextId}>
              {progress
                ? t('audit.progress', { count: progress.total, checked: n(progress.checked), total: n(progress.total) })
                : running === 'full'
                  ? t('audit.checkingFull')
                  : t('audit.checking')}
            </span>
          </div>
        )}
      </div>
      {/* Always present, so screen readers announce the result when it appears. */}
      <div role="status" className="audit-result">
        {report && <AuditCheckResult report={report} />}
        {deletions && deletions.records > 0 && (
          <p className="muted">
            {t('audit.deletions', {
              count: deletions.cases,
              shown: n(deletions.cases),
              records: n(deletions.records),
              last: formatDateTime(deletions.last ?? '', language),
            })}
          </p>
        )}
      </div>
    </Section>
  );
}

/**
 * The audit check as the data-protection officer needs it: what the last check found (read
 * from its checkpoint) and the way to run it, in Settings, where the check lives with its
 * progress and cancelling. Only a check that found the trail intact leaves a checkpoint, so
 * "intact up to entry n" is exactly what the last recorded check established.
 */
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { audit, useLive } from '../../storage';
import { Section } from '../../ui/Section';
import { dpoWords } from './dpo-words';

export function AuditCheckStatus() {
  const language = useLanguage();
  const words = dpoWords(language);
  const { t } = words;
  const last = useLive(() => audit.lastCheck().then((check) => check ?? null));
  return (
    <Section title={t('audit.title')} className="dpo-audit">
      <div className="stack" data-testid="dpo-audit">
        <p className="muted">{t('audit.explain')}</p>
        {last === undefined ? (
          <p className="muted">{t('loading')}</p>
        ) : last === null ? (
          <p>{t('audit.never')}</p>
        ) : (
          <>
            <p>{t('audit.lastIntact', { date: words.dateTime(last.at), seq: formatNumber(last.seq, language) })}</p>
            <p className="muted">
              {last.fullCheck
                ? t('audit.lastFull', { date: words.dateTime(last.fullCheck.at), seq: formatNumber(last.fullCheck.seq, language) })
                : t('audit.noFull')}
            </p>
          </>
        )}
        <p>
          <Link to="/settings" className="button">
            {t('audit.run')}
          </Link>
        </p>
      </div>
    </Section>
  );
}

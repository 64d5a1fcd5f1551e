import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionItem } from '../../domain/meeting';
import { localToday } from '../../domain/date-time';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { partnerSummary, useLive } from '../../storage';
import { SummaryCard, SummaryList } from './SummaryCard';

/** The actions the partner owns: open ones soonest due first, then the latest done or dropped. */
export function PartnerActions({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('partners');
  const summary = useLive(() => partnerSummary.actions(partnerId), [partnerId]);
  if (!summary) return null;
  const total = summary.openCount + summary.closedCount;
  return (
    <SummaryCard
      title={t('summary.actions.title', { count: summary.openCount })}
      allLink={total > 0 ? { to: `/actions?owner=${encodeURIComponent(partnerId)}&status=all`, label: t('summary.actions.all', { count: total }) } : undefined}
    >
      <h3 className="partner-summary-subtitle">{t('summary.actions.open', { count: summary.openCount })}</h3>
      <SummaryList empty={t('summary.actions.noneOpen')}>
        {summary.open.map((action) => (
          <ActionRow key={action.id} action={action} />
        ))}
      </SummaryList>
      <h3 className="partner-summary-subtitle">{t('summary.actions.closed', { count: summary.closedCount })}</h3>
      <SummaryList empty={t('summary.actions.noneClosed')}>
        {summary.closed.map((action) => (
          <ActionRow key={action.id} action={action} />
        ))}
      </SummaryList>
    </SummaryCard>
  );
}

function ActionRow({ action }: { action: ActionItem }) {
  const { t } = useTranslation('partners');
  const { t: tm } = useTranslation('meetings');
  const language = useLanguage();
  const open = action.status === 'open' || action.status === 'in_progress';
  const overdue = open && action.dueDate !== '' && action.dueDate < localToday();
  return (
    <li>
      <Link to={`/meetings/${action.meetingId}`} className="partner-summary-text">
        {action.text}
      </Link>{' '}
      <span className="muted">
        {action.dueDate ? t('summary.actions.due', { date: formatDate(action.dueDate, language) }) : t('summary.actions.noDue')} ·{' '}
        {tm(`vocab.actionStatuses.${action.status}`)}
      </span>
      {overdue && <span className="badge missing">{t('summary.actions.overdue')}</span>}
    </li>
  );
}

/**
 * The overview's reminder of agreements that need the coordinator: reviews overdue or due
 * within 30 days, and agreements still marked active whose end date has passed.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement } from '../../domain/agreement';
import { agreementStanding } from '../../domain/agreement-status';
import { localToday } from '../../domain/date-time';

export function AgreementReminder({ agreements }: { agreements: readonly Agreement[] }) {
  const { t } = useTranslation('overview');
  const today = localToday();
  const standings = agreements.map((agreement) => ({ agreement, standing: agreementStanding(agreement, today) }));
  const overdue = standings.filter(({ standing }) => standing.reviewOverdue).length;
  const due = standings.filter(({ standing }) => standing.reviewDueSoon).length;
  const lapsed = standings.filter(({ agreement, standing }) => standing.status === 'expired' && agreement.status !== 'expired').length;
  if (overdue + due + lapsed === 0) return null;
  return (
    <section className="notice warn reminder" aria-labelledby="agreement-reminder">
      <h2 id="agreement-reminder" className="section-title">
        {t('reminders.title')}
      </h2>
      <ul className="gaps">
        {overdue > 0 && (
          <li>
            <Link to="/agreements?review=overdue">{t('reminders.overdue', { count: overdue })}</Link>
          </li>
        )}
        {due > 0 && (
          <li>
            <Link to="/agreements?review=due">{t('reminders.due', { count: due })}</Link>
          </li>
        )}
        {lapsed > 0 && (
          <li>
            <Link to="/agreements?status=expired">{t('reminders.lapsed', { count: lapsed })}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { isOverdue } from '../../domain/action-tracker';
import type { ActionItem } from '../../domain/meeting';

/** The tracker's "Overdue" mark, for an open action whose due date has passed (also one recorded late). */
export function OverdueBadge({ action, today }: { action: Pick<ActionItem, 'status' | 'deletedAt' | 'dueDate'>; today: string }) {
  const { t } = useTranslation('meetings');
  return isOverdue(action, today) ? <span className="badge missing">{t('tracker.overdueBadge')}</span> : null;
}

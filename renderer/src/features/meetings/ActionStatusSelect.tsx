import { useTranslation } from 'react-i18next';
import { actionStatuses, type ActionItem, type ActionStatus } from '../../domain/meeting';

/** Quick status change of an action, labelled with the action it belongs to. */
export function ActionStatusSelect({ action, onChange }: { action: ActionItem; onChange: (status: ActionStatus) => void }) {
  const { t } = useTranslation('meetings');
  return (
    <select
      autoComplete="off"
      aria-label={t('tracker.changeStatus', { text: action.text })}
      value={action.status}
      onChange={(event) => onChange(event.target.value as ActionStatus)}
    >
      {actionStatuses.map((status) => (
        <option key={status} value={status}>
          {t(`vocab.actionStatuses.${status}`)}
        </option>
      ))}
    </select>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../domain/date-time';
import type { ActionItem } from '../../domain/meeting';
import { ownerLabelFrom } from '../../domain/minutes-document';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { actions as actionRepo } from '../../storage';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { ActionStatusSelect } from './ActionStatusSelect';
import { AddActionForm } from './AddActionForm';
import { OverdueBadge } from './OverdueBadge';
import type { AgendaPeople } from './agenda-lookups';

interface ItemActionsProps {
  itemId: string;
  actions: readonly ActionItem[];
  people: AgendaPeople;
  editable: boolean;
}

/**
 * Actions agreed under one agenda item. The status can always change; the rest only in
 * draft. New actions are added in a form opened from the "Add action" button.
 */
export function ItemActions({ itemId, actions, people, editable }: ItemActionsProps) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const today = localToday();
  // The form opens on demand: a page of cards each with its own owner list and date picker
  // was most of the cost of showing a long agenda.
  const [adding, setAdding] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasAdding = useRef(false);
  useEffect(() => {
    // Closing the form returns the focus to the button that opened it.
    if (wasAdding.current && !adding) openButton.current?.focus();
    wasAdding.current = adding;
  }, [adding]);
  const attempt = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  return (
    <div className="item-actions">
      <h4>{t('actions.title')}</h4>
      {actions.length === 0 ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{t('actions.text')}</th>
              <th scope="col">{t('actions.owner')}</th>
              <th scope="col">{t('actions.due')}</th>
              <th scope="col">{t('actions.status')}</th>
              {editable && (
                <th scope="col">
                  <span className="visually-hidden">{t('actions.remove', { text: '' })}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id}>
                <td>{action.text}</td>
                <td>{ownerLabelFrom(people.owners, action.ownerPartnerId, action.ownerContactId)}</td>
                <td className="nowrap">
                  {action.dueDate ? formatDate(action.dueDate, language) : ''} <OverdueBadge action={action} today={today} />
                </td>
                <td>
                  <ActionStatusSelect action={action} onChange={(status) => attempt(() => actionRepo.setStatus(action.id, action.revision, status))} />
                </td>
                {editable && (
                  <td>
                    <button
                      type="button"
                      className="button quiet"
                      aria-label={t('actions.remove', { text: action.text })}
                      onClick={() => attempt(() => actionRepo.remove(action.id, action.revision))}
                    >
                      ×
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable &&
        (adding ? (
          <AddActionForm itemId={itemId} people={people} onSaved={() => notify('success', t('actions.saved'))} onClose={() => setAdding(false)} />
        ) : (
          <p>
            <button ref={openButton} type="button" className="button" onClick={() => setAdding(true)}>
              {t('actions.add')}
            </button>
          </p>
        ))}
    </div>
  );
}

import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isOverdue } from '../../domain/action-tracker';
import type { ActionItem, ActionStatus } from '../../domain/meeting';
import { ownerDirectory, ownerLabelFrom } from '../../domain/minutes-document';
import { useLanguage } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import type { TrackerPage } from '../../storage';
import { ActionStatusSelect } from './ActionStatusSelect';

/**
 * Where the keyboard focus goes once the page's rows have been read again: after a status
 * change, back to the changed row if it is still here, else to the row that took its place;
 * after paging from the bottom, to the first row.
 */
export type RowFocus = { kind: 'changed'; id: string; revision: number; index: number } | { kind: 'first'; page: number };

interface TrackerTableProps {
  data: TrackerPage;
  today: string;
  onStatus: (action: ActionItem, status: ActionStatus, index: number) => void;
  focus: RowFocus | null;
  onFocused: () => void;
}

/** One page of actions, with the quick status change and each action's history. */
export function TrackerTable({ data, today, onStatus, focus, onFocused }: TrackerTableProps) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const [openHistory, setOpenHistory] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  // Lookups by id, built once per page read.
  const owners = useMemo(() => ownerDirectory(data.partners, data.contacts), [data.partners, data.contacts]);
  const meetings = useMemo(() => new Map(data.meetings.map((meeting) => [meeting.id, meeting])), [data.meetings]);

  useEffect(() => {
    if (!focus) return;
    const statusSelect = (index: number) => body.current?.querySelectorAll<HTMLSelectElement>(':scope > tr > td > select')[index];
    if (focus.kind === 'first') {
      if (data.page !== focus.page) return;
      statusSelect(0)?.focus();
      onFocused();
      return;
    }
    const row = data.actions.find((action) => action.id === focus.id);
    // Still the rows read before the change: wait for the new ones.
    if (row && row.revision < focus.revision) return;
    // Still on the page: its select kept the focus.
    if (!row) statusSelect(Math.min(focus.index, data.actions.length - 1))?.focus();
    onFocused();
  }, [data, focus, onFocused]);

  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('actions.text')}</th>
            <th scope="col">{t('actions.owner')}</th>
            <th scope="col">{t('actions.due')}</th>
            <th scope="col">{t('actions.status')}</th>
            <th scope="col">{t('tracker.meeting')}</th>
            <th scope="col">{t('tracker.history')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {data.actions.map((action, index) => {
            const meeting = meetings.get(action.meetingId);
            const historyId = `history-${action.id}`;
            return (
              <Fragment key={action.id}>
                <tr>
                  <td>{action.text}</td>
                  <td>{ownerLabelFrom(owners, action.ownerPartnerId, action.ownerContactId)}</td>
                  <td className="nowrap">
                    {action.dueDate ? formatDate(action.dueDate, language) : ''}{' '}
                    {isOverdue(action, today) && <span className="badge missing">{t('tracker.overdueBadge')}</span>}
                  </td>
                  <td>
                    <ActionStatusSelect action={action} onChange={(status) => onStatus(action, status, index)} />
                  </td>
                  <td>{meeting && <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>}</td>
                  <td>
                    <button
                      type="button"
                      className="button quiet"
                      aria-expanded={openHistory === action.id}
                      aria-controls={historyId}
                      aria-label={t('tracker.historyOf', { text: action.text })}
                      onClick={() => setOpenHistory((current) => (current === action.id ? null : action.id))}
                    >
                      {t('tracker.historyCount', { count: action.history.length })}
                    </button>
                  </td>
                </tr>
                {openHistory === action.id && (
                  <tr id={historyId}>
                    <td colSpan={6}>
                      <ol className="history">
                        {action.history.map((entry, entryIndex) => (
                          <li key={entryIndex}>
                            {formatDateTime(entry.at, language)}: {t(`vocab.actionStatuses.${entry.status}`)}
                          </li>
                        ))}
                      </ol>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

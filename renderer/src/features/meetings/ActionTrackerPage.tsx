import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { defaultTrackerQuery, dueWindows, filterAndSortActions, isOverdue, trackerSorts, type TrackerQuery } from '../../domain/action-tracker';
import { localToday } from '../../domain/date-time';
import { actionStatuses, type ActionStatus } from '../../domain/meeting';
import { ownerLabel } from '../../domain/minutes-document';
import { useLanguage } from '../../i18n';
import { collatorFor, formatDate, formatDateTime } from '../../i18n/format';
import { actions as actionRepo, meetings as meetingRepo, partners as partnerRepo, useLive } from '../../storage';
import { SelectField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { OpenActionsCalendarButton } from './OpenActionsCalendarButton';
import { ActionStatusSelect } from './ActionStatusSelect';

export function ActionTrackerPage() {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [query, setQuery] = useState<TrackerQuery>(defaultTrackerQuery);
  const [openHistory, setOpenHistory] = useState<string | null>(null);
  const data = useLive(async () => {
    const [actions, partners, contacts, meetings] = await Promise.all([
      actionRepo.listAll(),
      partnerRepo.list(),
      partnerRepo.listContacts(),
      meetingRepo.list(),
    ]);
    return { actions, partners, contacts, meetings };
  });
  const today = localToday();
  const owner = useMemo(
    () => (action: { ownerPartnerId: string; ownerContactId: string | null }) =>
      ownerLabel(action.ownerPartnerId, action.ownerContactId, data?.partners ?? [], data?.contacts ?? []),
    [data],
  );
  const visible = useMemo(
    () => (data ? filterAndSortActions(data.actions, query, today, owner, collatorFor(language)) : []),
    [data, query, today, owner, language],
  );
  if (!data) return <p className="muted">{tc('loading')}</p>;

  const ownerIds = [...new Set(data.actions.map((action) => action.ownerPartnerId))];
  const update = (change: Partial<TrackerQuery>) => setQuery((current) => ({ ...current, ...change }));
  const setStatus = async (id: string, revision: number, text: string, status: ActionStatus) => {
    try {
      await actionRepo.setStatus(id, revision, status);
      notify('success', t('tracker.statusChanged', { text, status: t(`vocab.actionStatuses.${status}`) }));
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };

  return (
    <>
      <PageHeading title={t('tracker.title')} intro={t('tracker.intro')} actions={<OpenActionsCalendarButton data={data} />} />
      {data.actions.length === 0 ? (
        <p className="card muted">{t('tracker.empty')}</p>
      ) : (
        <>
          <div className="toolbar four">
            <SelectField label={t('tracker.owner')} value={query.owner} onChange={(event) => update({ owner: event.target.value })}>
              <option value="all">{t('tracker.allOwners')}</option>
              {ownerIds.map((id) => (
                <option key={id} value={id}>
                  {data.partners.find((partner) => partner.id === id)?.name ?? id}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('tracker.status')}
              value={query.status}
              onChange={(event) => update({ status: event.target.value as TrackerQuery['status'] })}
            >
              <option value="openOnly">{t('tracker.openOnly')}</option>
              <option value="all">{t('tracker.allStatuses')}</option>
              {actionStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`vocab.actionStatuses.${status}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('tracker.due')} value={query.due} onChange={(event) => update({ due: event.target.value as TrackerQuery['due'] })}>
              {dueWindows.map((window) => (
                <option key={window} value={window}>
                  {t(`tracker.${window === 'any' ? 'anyDue' : window}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('tracker.sort')} value={query.sort} onChange={(event) => update({ sort: event.target.value as TrackerQuery['sort'] })}>
              {trackerSorts.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`tracker.sort${sort[0]!.toUpperCase()}${sort.slice(1)}` as 'tracker.sortDue')}
                </option>
              ))}
            </SelectField>
          </div>
          {visible.length === 0 ? (
            <p className="card muted">{t('tracker.none')}</p>
          ) : (
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
                <tbody>
                  {visible.map((action) => {
                    const meeting = data.meetings.find((candidate) => candidate.id === action.meetingId);
                    const historyId = `history-${action.id}`;
                    return (
                      <Fragment key={action.id}>
                        <tr>
                          <td>{action.text}</td>
                          <td>{owner(action)}</td>
                          <td className="nowrap">
                            {action.dueDate ? formatDate(action.dueDate, language) : ''}{' '}
                            {isOverdue(action, today) && <span className="badge missing">{t('tracker.overdueBadge')}</span>}
                          </td>
                          <td>
                            <ActionStatusSelect action={action} onChange={(status) => setStatus(action.id, action.revision, action.text, status)} />
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
                                {action.history.map((entry, index) => (
                                  <li key={index}>
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
          )}
        </>
      )}
    </>
  );
}

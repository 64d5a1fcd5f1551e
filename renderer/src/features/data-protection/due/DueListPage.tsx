/**
 * Data protection → Due for deletion: the records whose retention period has ended, oldest
 * due date first, a page at a time, each with why it is due and its two ways on: keep it
 * longer under a legal hold, or delete it for good. Read through indexes by the retention
 * repository; the list reads again after any write to the tables it is found from.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localToday } from '../../../domain/date-time';
import { useLanguage } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import { dueForDeletionTables, retention, useLiveList, type DueRecord } from '../../../storage';
import { PageHeading } from '../../../ui/PageHeading';
import { Pager } from '../../../ui/Pager';
import { usePageParam } from '../../../ui/usePageParam';
import { dueReasonLines } from '../../../ui/retention-text';
import { EraseDialog } from './EraseDialog';
import { HoldDialog } from './HoldDialog';
import { recordName } from './record-name';
import './due-list.css';

const pageSize = 25;

type Open = { kind: 'hold' | 'erase'; record: DueRecord } | null;

export function DueListPage() {
  const { t } = useTranslation('retention');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const [page, setPage] = usePageParam();
  const [today] = useState(() => localToday());
  const [open, setOpen] = useState<Open>(null);
  const list = useRef<HTMLDivElement>(null);
  const data = useLiveList(dueForDeletionTables, () => retention.due(today, { page, pageSize }), [today, page]);

  /** After a hold or a deletion the row is gone: focus goes to the list, not to the void. */
  const closeAfterChange = () => {
    setOpen(null);
    requestAnimationFrame(() => list.current?.focus());
  };

  const heading = <PageHeading title={t('due.title')} intro={t('due.intro')} actions={<Link to="/settings">{t('due.settingsLink')}</Link>} />;
  if (!data) {
    return (
      <>
        {heading}
        <p className="muted">{tc('loading')}</p>
      </>
    );
  }
  const summary = t('due.range', {
    from: formatNumber(Math.min(data.first + 1, data.total), language),
    to: formatNumber(data.first + data.records.length, language),
    total: formatNumber(data.total, language),
  });
  return (
    <>
      {heading}
      <div className="card due-list" ref={list} tabIndex={-1} aria-label={t('due.title')}>
        {data.total === 0 ? (
          <p className="muted">{t('due.empty')}</p>
        ) : (
          <>
            {data.pageCount > 1 ? (
              <Pager label={t('due.pages')} summary={summary} page={data.page} pageCount={data.pageCount} onPage={setPage} announce />
            ) : (
              <p className="pager-summary" aria-live="polite">
                {t('due.count', { count: data.total, formatted: formatNumber(data.total, language) })}
              </p>
            )}
            <table className="table due-table">
              <thead>
                <tr>
                  <th scope="col">{t('due.record')}</th>
                  <th scope="col">{t('due.why')}</th>
                  <th scope="col">{t('due.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.records.map((record) => {
                  const name = recordName(record, t);
                  return (
                    <tr key={`${record.kind}-${record.id}`}>
                      <td>
                        <span className="due-kind muted">{t(`due.kinds.${record.kind}`)}</span>
                        <RecordLink record={record} name={name} />
                        {record.detail && <span className="due-detail">{record.detail}</span>}
                      </td>
                      <td>
                        {dueReasonLines(record, t, language).map((line) => (
                          <span key={line} className="due-reason">
                            {line}
                          </span>
                        ))}
                      </td>
                      <td className="due-actions">
                        {record.kind !== 'auditActors' && (
                          <button type="button" className="button" aria-label={`${t('due.extend')}: ${name}`} onClick={() => setOpen({ kind: 'hold', record })}>
                            {t('due.extend')}
                          </button>
                        )}
                        <button
                          type="button"
                          className="button danger"
                          aria-label={`${record.kind === 'auditActors' ? t('due.eraseActors') : t('due.delete')}: ${name}`}
                          onClick={() => setOpen({ kind: 'erase', record })}
                        >
                          {record.kind === 'auditActors' ? t('due.eraseActors') : t('due.delete')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </div>
      {open?.kind === 'hold' && <HoldDialog record={open.record} name={recordName(open.record, t)} onDone={closeAfterChange} onCancel={() => setOpen(null)} />}
      {open?.kind === 'erase' && (
        <EraseDialog record={open.record} name={recordName(open.record, t)} onDone={closeAfterChange} onCancel={() => setOpen(null)} />
      )}
    </>
  );
}

/** The record's name, linked to where it is shown (a case, a meeting, a partner's page); deleted records have no page. */
function RecordLink({ record, name }: { record: DueRecord; name: string }) {
  if (record.kind === 'case') return <Link to={`/referrals/${record.id}`}>{name}</Link>;
  if (record.kind === 'caseDiscussion' && record.meetingId) return <Link to={`/meetings/${record.meetingId}`}>{name}</Link>;
  return <span>{name}</span>;
}

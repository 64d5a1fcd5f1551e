import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackerStatusFilter } from '../../domain/action-tracker';
import { organisationName } from '../../domain/minutes-document';
import { foldText } from '../../domain/text';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { actions as actionRepo, useLive, useLiveList } from '../../storage';
import { SelectField, TextField } from '../../ui/fields';

interface ActionFinderProps {
  linked: readonly string[];
  onLink: (id: string) => void;
  onClose: () => void;
  today: string;
  collator: Intl.Collator;
}

const trackerTables = ['actions', 'meetings', 'partners', 'contacts'] as const;

/**
 * Finds actions to link, page by page as the action tracker lists them (its indexed queries:
 * by owner and status, by due date). The text filter narrows the page shown, in memory: the
 * action's text is not indexed (it may name a person, and is encrypted at rest).
 */
export function ActionFinder({ linked, onLink, onClose, today, collator }: ActionFinderProps) {
  const { t } = useTranslation('riskPicture');
  const { t: tm } = useTranslation('meetings');
  const language = useLanguage();
  const headingId = useId();
  const [owner, setOwner] = useState('all');
  const [status, setStatus] = useState<TrackerStatusFilter>('openOnly');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const owners = useLive(() => actionRepo.trackerOwners(), []);
  const sortedOwners = useMemo(() => [...(owners ?? [])].sort((a, b) => collator.compare(a.organisation, b.organisation)), [owners, collator]);
  const data = useLiveList(trackerTables, () => actionRepo.trackerPage({ query: { owner, status, due: 'any', sort: 'due' }, page, today, collator }), [
    owner,
    status,
    page,
    today,
    collator,
  ]);
  const partners = new Map((data?.partners ?? []).map((partner) => [partner.id, organisationName(partner)]));
  const folded = foldText(text.trim());
  const shown = (data?.actions ?? []).filter(
    (action) => !folded || foldText(action.text).includes(folded) || foldText(partners.get(action.ownerPartnerId) ?? '').includes(folded),
  );
  return (
    <section className="action-finder card" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-title">
        {t('finder.title')}
      </h3>
      <div className="form-grid three">
        <SelectField label={t('finder.owner')} value={owner} onChange={(event) => (setOwner(event.target.value), setPage(1))}>
          <option value="all">{t('finder.allOwners')}</option>
          {sortedOwners.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.organisation || entry.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('finder.status')} value={status} onChange={(event) => (setStatus(event.target.value as TrackerStatusFilter), setPage(1))}>
          <option value="openOnly">{t('finder.openOnly')}</option>
          <option value="all">{t('finder.allStatuses')}</option>
        </SelectField>
        <TextField label={t('finder.search')} hint={t('finder.searchHint')} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      {data === undefined ? null : shown.length === 0 ? (
        <p className="muted">{t('finder.none')}</p>
      ) : (
        <ul className="finder-results" aria-label={t('finder.results')}>
          {shown.map((action) => {
            const isLinked = linked.includes(action.id);
            return (
              <li key={action.id}>
                <span>
                  {action.text}
                  <small className="muted">
                    {' '}
                    · {partners.get(action.ownerPartnerId) ?? ''} · {tm(`vocab.actionStatuses.${action.status}`)}
                    {action.dueDate && ` · ${t('response.due', { date: formatDate(action.dueDate, language) })}`}
                  </small>
                </span>
                <button
                  type="button"
                  className="button"
                  disabled={isLinked}
                  onClick={() => onLink(action.id)}
                  aria-label={t('finder.linkNamed', { text: action.text })}
                >
                  {isLinked ? t('finder.linked') : t('finder.link')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="row">
        {data && data.pageCount > 1 && (
          <>
            <button type="button" className="button quiet" disabled={data.page <= 1} onClick={() => setPage(data.page - 1)}>
              {t('finder.previous')}
            </button>
            <span>{t('finder.page', { page: data.page, count: data.pageCount })}</span>
            <button type="button" className="button quiet" disabled={data.page >= data.pageCount} onClick={() => setPage(data.page + 1)}>
              {t('finder.next')}
            </button>
          </>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('finder.close')}
        </button>
      </div>
    </section>
  );
}

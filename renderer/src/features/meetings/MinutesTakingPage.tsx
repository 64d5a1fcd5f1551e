import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { localToday } from '../../domain/date-time';
import { isMinutesEditable } from '../../domain/meeting-lifecycle';
import { useLanguage } from '../../i18n';
import { formatMeetingTime, formatNumber } from '../../i18n/format';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { noActions, useAgendaLookups } from './agenda-lookups';
import { useCarryOverMeetings } from './carry-over-labels';
import { MinutesItemPane } from './MinutesItemPane';
import { useMeetingContext, type MeetingContext } from './useMeetingContext';
import './minutes-taking.css';

/** The focused minute-taking view (/meetings/:id/minutes): one agenda item at a time. */
export function MinutesTakingPage() {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const context = useMeetingContext(id);
  if (context === undefined) return <p className="muted">{tc('loading')}</p>;
  if (context === null) {
    return (
      <>
        <PageHeading title={t('detail.notFound')} />
        <Link to="/meetings">{t('detail.back')}</Link>
      </>
    );
  }
  return <MinutesTaking context={context} />;
}

/** Alt+↓ and Alt+↑: not used for editing text, nor by Chromium (Alt+← and Alt+→ go back and forward). */
function itemStep(event: KeyboardEvent): -1 | 1 | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  // On a select, Alt+↓ opens its list: leave it that.
  if (event.target instanceof HTMLSelectElement) return null;
  return event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : null;
}

function MinutesTaking({ context }: { context: MeetingContext }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const notify = useNotify();
  const { meeting, items } = context;
  const editable = isMinutesEditable(meeting.status);
  const { actionsByItem, people, arising } = useAgendaLookups(context);
  const carryMeetings = useCarryOverMeetings(items);
  const [params, setParams] = useSearchParams();
  const requested = Number.parseInt(params.get('item') ?? '1', 10);
  const index = Math.min(Math.max(Number.isFinite(requested) ? requested - 1 : 0, 0), Math.max(items.length - 1, 0));
  const item = items[index];
  const flushRef = useRef<(() => Promise<boolean>) | null>(null);
  const moving = useRef(false);

  /** To another item, once what is typed here is saved; a failed save keeps the view here and says why. */
  const go = useCallback(
    async (target: number) => {
      if (target < 0 || target >= items.length || target === index || moving.current) return;
      moving.current = true;
      try {
        if (flushRef.current && !(await flushRef.current())) {
          notify('error', t('minutesView.stayUnsaved'));
          return;
        }
        setParams({ item: String(target + 1) }, { replace: true });
      } finally {
        moving.current = false;
      }
    },
    [items.length, index, notify, t, setParams],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const step = itemStep(event);
      if (step === null) return;
      event.preventDefault();
      void go(index + step);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index]);

  const total = formatNumber(items.length, language);
  const progress = (
    <nav className="minutes-progress" aria-label={t('minutesView.title')}>
      <button type="button" className="button" disabled={index === 0} onClick={() => void go(index - 1)}>
        {t('minutesView.previous')}
      </button>
      <div className="minutes-progress-meter">
        <span aria-live="polite">{t('minutesView.progress', { number: formatNumber(index + 1, language), total })}</span>
        <progress max={items.length} value={index + 1} aria-hidden="true" />
      </div>
      {index < items.length - 1 ? (
        <button type="button" className="button primary" onClick={() => void go(index + 1)}>
          {t('minutesView.next')}
        </button>
      ) : (
        <Link className="button primary" to={`/meetings/${meeting.id}`}>
          {t('minutesView.finish')}
        </Link>
      )}
    </nav>
  );
  return (
    <div className="minutes-taking">
      <p>
        <Link to={`/meetings/${meeting.id}`}>← {t('minutesView.back')}</Link>
      </p>
      <PageHeading
        title={meeting.title}
        windowTitle={t('minutesView.windowTitle')}
        intro={`${t('minutesView.title')} · ${formatMeetingTime(meeting.startsAt, meeting.timeZone, language)}`}
      />
      {!editable && <p className="notice">{t('locked')}</p>}
      {!item ? (
        <p className="muted">{t('minutesView.noItems')}</p>
      ) : (
        <MinutesItemPane
          key={item.id}
          item={item}
          number={index + 1}
          editable={editable}
          actions={actionsByItem.get(item.id) ?? noActions}
          people={people}
          arising={arising}
          carryMeetings={carryMeetings}
          today={localToday()}
          flushRef={flushRef}
          progress={progress}
        />
      )}
    </div>
  );
}

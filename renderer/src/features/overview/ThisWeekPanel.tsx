/**
 * "This week" on the overview: what needs the coordinator, most urgent first (actions past
 * their date, then reviews of cases, agreements, minutes, the coming meetings and the last
 * backup), each line a link to the record and each list a link to the list filtered the same
 * way. Read through indexes (storage/repositories/this-week.ts), a few lines a section.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement } from '../../domain/agreement';
import { localToday } from '../../domain/date-time';
import type { Meeting } from '../../domain/meeting';
import { actionHorizonDays, meetingHorizonDays } from '../../domain/this-week';
import { useLanguage } from '../../i18n';
import { formatDate, formatMeetingTime, formatNumber } from '../../i18n/format';
import { thisWeek, useLiveList, type CaseLine } from '../../storage';
import { Section } from '../../ui/Section';
import { WeekBackup } from './WeekBackup';
import { WeekRetention } from './WeekRetention';
import { WeekList, WeekSection, type WeekLine } from './WeekSection';
import './this-week.css';

/** The tables the panel reads: a write to any of them reads the panel again. */
const shownTables = ['actions', 'partners', 'meetings', 'referrals', 'agreements'] as const;

export function ThisWeekPanel() {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  // Fixed while the page is open, so the live query does not restart on every render.
  const [when] = useState(() => ({ now: new Date(), today: localToday() }));
  const week = useLiveList(shownTables, () => thisWeek.read(when.today, when.now), [when]);

  if (!week) return <p className="muted">{tc('loading')}</p>;
  const { today } = when;
  const date = (iso: string) => formatDate(iso, language);
  const count = (value: number) => formatNumber(value, language);

  const meetingLine = (meeting: Meeting): WeekLine => ({
    key: meeting.id,
    to: `/meetings/${meeting.id}`,
    label: meeting.title,
    detail: formatMeetingTime(meeting.startsAt, meeting.timeZone, language),
  });
  const caseLine = (detail: (line: CaseLine) => string) => (line: CaseLine) => ({
    key: line.id,
    to: `/referrals/${line.id}`,
    label: line.caseCode,
    detail: detail(line),
    overdue: line.date < today,
  });
  const agreementLine = (detail: (agreement: Agreement) => string, overdue: (agreement: Agreement) => boolean) => (agreement: Agreement) => ({
    key: agreement.id,
    to: `/agreements/${agreement.id}`,
    label: agreement.title,
    detail: detail(agreement),
    overdue: overdue(agreement),
  });

  const { actions } = week;
  const minutes = week.drafts.count + week.uncirculated.count;
  return (
    <Section title={t('week.title')} className="this-week">
      <div className="week-grid">
        <WeekSection title={t('week.actions.title', { days: actionHorizonDays })} count={actions.overdue + actions.dueSoon} urgent={actions.overdue > 0}>
          <div className="week-list">
            {actions.owners.count === 0 ? (
              <p className="muted week-empty">{t('week.nothingDue')}</p>
            ) : (
              <>
                <ul aria-label={t('week.actions.byOwner')}>
                  {actions.owners.shown.map((owner) => (
                    <li key={owner.partnerId} className={owner.overdue > 0 ? 'week-owner-line overdue' : 'week-owner-line'}>
                      <span className="week-owner">{owner.name || t('week.actions.unknownOwner')}</span>
                      <span className="week-counts">
                        {owner.overdue > 0 && (
                          <Link to={`/actions?owner=${owner.partnerId}&due=overdue`}>
                            {t('week.actions.overdue', { count: owner.overdue, formatted: count(owner.overdue) })}
                          </Link>
                        )}
                        {owner.overdue > 0 && owner.dueSoon > 0 && ' · '}
                        {owner.dueSoon > 0 && (
                          <Link to={`/actions?owner=${owner.partnerId}&due=next7`}>
                            {t('week.actions.dueSoon', { count: owner.dueSoon, formatted: count(owner.dueSoon) })}
                          </Link>
                        )}
                      </span>
                    </li>
                  ))}
                </ul>
                {actions.owners.count > actions.owners.shown.length && (
                  <p className="muted week-more">{t('week.actions.moreOwners', { count: actions.owners.count - actions.owners.shown.length })}</p>
                )}
                <p className="week-all-links">
                  {actions.overdue > 0 && (
                    <Link className="week-all" to="/actions?due=overdue">
                      {t('week.actions.allOverdue', { count: actions.overdue, formatted: count(actions.overdue) })}
                    </Link>
                  )}
                  {actions.dueSoon > 0 && (
                    <Link className="week-all" to="/actions?due=next7">
                      {t('week.actions.allDueSoon', { count: actions.dueSoon, formatted: count(actions.dueSoon) })}
                    </Link>
                  )}
                </p>
              </>
            )}
          </div>
        </WeekSection>

        <WeekSection title={t('week.cases.title')} count={week.reviews.count + week.waiting.count} urgent={week.reviews.count > 0}>
          <WeekList
            label={t('week.cases.reviews')}
            count={week.reviews.count}
            lines={week.reviews.shown.map(caseLine((line) => (line.date < today ? t('week.overdueSince', { date: date(line.date) }) : t('week.dueToday'))))}
            allTo="/referrals?status=all&due=1"
          />
          <WeekList
            label={t('week.cases.waiting')}
            count={week.waiting.count}
            lines={week.waiting.shown.map((line) => ({ ...caseLine((entry) => t('week.cases.receivedOn', { date: date(entry.date) }))(line), overdue: false }))}
            allTo="/referrals?status=received&order=oldest"
          />
        </WeekSection>

        <WeekSection title={t('week.agreements.title')} count={week.agreementReviews.count + week.lapsed.count} urgent={week.lapsed.count > 0}>
          <WeekList
            label={t('week.agreements.reviews')}
            count={week.agreementReviews.count}
            lines={week.agreementReviews.shown.map(
              agreementLine(
                (agreement) =>
                  agreement.reviewDate < today
                    ? t('week.overdueSince', { date: date(agreement.reviewDate) })
                    : t('week.reviewOn', { date: date(agreement.reviewDate) }),
                (agreement) => agreement.reviewDate < today,
              ),
            )}
            allTo="/agreements?review=due"
          />
          <WeekList
            label={t('week.agreements.lapsed')}
            count={week.lapsed.count}
            lines={week.lapsed.shown.map(
              agreementLine(
                (agreement) => t('week.agreements.endedOn', { date: date(agreement.endDate) }),
                () => true,
              ),
            )}
            allTo="/agreements?review=lapsed"
          />
        </WeekSection>

        <WeekSection title={t('week.minutes.title')} count={minutes}>
          <WeekList label={t('week.minutes.drafts')} count={week.drafts.count} lines={week.drafts.shown.map(meetingLine)} allTo="/meetings?status=held" />
          <WeekList
            label={t('week.minutes.uncirculated')}
            count={week.uncirculated.count}
            lines={week.uncirculated.shown.map(meetingLine)}
            allTo="/meetings?status=approved"
          />
        </WeekSection>

        <WeekSection title={t('week.meetings.title', { days: meetingHorizonDays })} count={week.meetings.count}>
          <WeekList count={week.meetings.count} lines={week.meetings.shown.map(meetingLine)} allTo="/meetings" allText={t('week.meetings.all')} />
        </WeekSection>

        <WeekRetention />

        <WeekSection title={t('week.backup.title')}>
          <WeekBackup />
        </WeekSection>
      </div>
    </Section>
  );
}

import { useTranslation } from 'react-i18next';
import type { SeriesDefaults } from '../../domain/meeting-series';
import { useLanguage } from '../../i18n';
import { formatMeetingTime } from '../../i18n/format';

/** Says what a new meeting took over from its series, so nothing is filled in unseen. */
export function SeriesPrefillNote({ source, standingItems }: { source: SeriesDefaults['fromMeeting'] | null; standingItems: number }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  if (!source && standingItems === 0) return null;
  return (
    <div className="notice wide series-prefill" role="status">
      {source && <p>{t('form.prefilledFrom', { title: source.title, date: formatMeetingTime(source.startsAt, source.timeZone, language) })}</p>}
      {standingItems > 0 && <p>{t('form.standingItems', { count: standingItems })}</p>}
    </div>
  );
}

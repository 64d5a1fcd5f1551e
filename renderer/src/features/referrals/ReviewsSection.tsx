import { useTranslation } from 'react-i18next';
import { localToday } from '../../domain/date-time';
import type { ReferralEvent } from '../../domain/referral';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { referrals as referralRepo } from '../../storage';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';

/** The 6- and 12-month reviews scheduled on closing: due, overdue or done. */
export function ReviewsSection({ events }: { events: ReferralEvent[] }) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const today = localToday();
  const reviews = events.filter((event) => event.kind === 'review').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <Section title={t('detail.reviews')}>
      {reviews.length === 0 ? (
        <p className="muted">{t('detail.noReviews')}</p>
      ) : (
        <ul className="reviews">
          {reviews.map((review) => (
            <li key={review.id} className="row">
              <strong>{t('timeline.review', { months: review.reviewMonths ?? 0 })}</strong>
              {review.doneOn ? (
                <span className="badge active">{t('detail.done', { date: formatDate(review.doneOn, language) })}</span>
              ) : (
                <>
                  <span className={review.dueDate <= today ? 'badge missing' : 'badge former'}>
                    {t('detail.due', { date: formatDate(review.dueDate, language) })}
                  </span>
                  <button
                    type="button"
                    className="button quiet"
                    onClick={() =>
                      referralRepo.completeEvent(review.id, review.revision, today).catch((error: unknown) => notify('error', errorMessage(error)))
                    }
                  >
                    {t('detail.markDone')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

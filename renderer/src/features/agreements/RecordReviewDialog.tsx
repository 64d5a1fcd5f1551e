import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../domain/agreement';
import { addDays, localToday } from '../../domain/date-time';
import { isPlausibleIsoDate, isRealIsoDate, msg, plausibleYears } from '../../domain/validation';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { agreements as agreementRepo, ReviewRefusedError } from '../../storage';
import { DateField } from '../../ui/DateField';
import { FormDialog } from '../../ui/FormDialog';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';

/** The review is done: the agreement stays active, with the date of the next one (after today). */
export function RecordReviewDialog({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [refused, setRefused] = useState(false);
  const [busy, setBusy] = useState(false);

  const start = () => {
    setNext(addDays(localToday(), 365));
    setError(undefined);
    setRefused(false);
    setOpen(true);
  };
  const check = (value: string): string | undefined => {
    if (!value) return msg('required');
    if (!isRealIsoDate(value)) return msg('date');
    if (!isPlausibleIsoDate(value)) return msg('dateRange', plausibleYears);
    // DateField shows text that is not a message reference as it is.
    return value <= localToday() ? t('review.afterToday') : undefined;
  };
  const submit = async () => {
    const problem = check(next);
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      await agreementRepo.recordReview(agreement.id, agreement.revision, next);
      notify('success', t('review.done', { date: formatDate(next, language) }));
      setOpen(false);
    } catch (failure) {
      // The storage's own checks: the date (today moved on while the dialog was open) or the status.
      if (failure instanceof ReviewRefusedError) {
        const problem = check(next);
        setError(problem);
        setRefused(!problem);
      } else notify('error', errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button primary" onClick={start}>
        {t('review.button')}
      </button>
      <FormDialog
        isOpen={open}
        title={t('review.title', { title: agreement.title })}
        submitLabel={t('review.button')}
        busy={busy}
        onCancel={() => setOpen(false)}
        onSubmit={() => void submit()}
      >
        {refused && (
          <p className="form-summary" role="alert">
            {t('review.refused')}
          </p>
        )}
        <p>{t('review.intro')}</p>
        <DateField
          label={t('review.next')}
          value={next}
          onChange={(value) => {
            setNext(value);
            if (error) setError(check(value));
          }}
          error={error}
        />
      </FormDialog>
    </>
  );
}

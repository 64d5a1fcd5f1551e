import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../domain/date-time';
import type { Meeting, MinutesVariant } from '../../domain/meeting';
import { availableSteps, type LifecycleStep } from '../../domain/meeting-lifecycle';
import { isBeforeStart } from '../../domain/meeting-times';
import { useLanguage } from '../../i18n';
import { formatMeetingTime } from '../../i18n/format';
import { LifecycleStepError, meetings as meetingRepo } from '../../storage';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateField } from '../../ui/DateField';
import { TextAreaField, TextField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { MinutesVariantSelect } from './MinutesVariantSelect';

/** The buttons that move the minutes along: held, approved, circulated, amended. */
export function LifecycleBar({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState<LifecycleStep | null>(null);
  const [to, setTo] = useState('');
  const [on, setOn] = useState(localToday());
  const [variant, setVariant] = useState<MinutesVariant>('full');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  const run = async (params: Parameters<typeof meetingRepo.step>[2], done: string) => {
    try {
      await meetingRepo.step(meeting.id, meeting.revision, params);
      notify('success', done);
      setOpen(null);
      setError(undefined);
      setReason('');
      setTo('');
    } catch (failure) {
      // A step's own refusal shows in its dialog; anything else (changed elsewhere, storage) as a notice.
      if (failure instanceof LifecycleStepError && open !== null) setError(errorMessage(failure));
      else notify('error', errorMessage(failure));
    }
  };
  const close = () => {
    setOpen(null);
    setError(undefined);
  };

  return (
    <div className="row lifecycle">
      {availableSteps(meeting.status).map((step) => (
        <button
          key={step}
          type="button"
          className={step === 'amend' ? 'button' : 'button primary'}
          onClick={() => {
            // Held before its planned start is likely a slip of the hand: ask first.
            if (step === 'hold' && !isBeforeStart(meeting, new Date())) void run({ step }, t('lifecycle.held'));
            else setOpen(step);
          }}
        >
          {t(`lifecycle.${step}`)}
        </button>
      ))}
      <ConfirmDialog
        isOpen={open === 'hold'}
        title={t('lifecycle.holdEarlyTitle')}
        body={t('lifecycle.holdEarlyBody', { start: formatMeetingTime(meeting.startsAt, meeting.timeZone, language) })}
        confirmLabel={t('lifecycle.holdEarlyConfirm')}
        onCancel={close}
        onConfirm={() => run({ step: 'hold' }, t('lifecycle.held'))}
      />
      <ConfirmDialog
        isOpen={open === 'approve'}
        title={t('lifecycle.approveTitle')}
        body={t('lifecycle.approveBody')}
        confirmLabel={t('lifecycle.approve')}
        onCancel={close}
        onConfirm={() => run({ step: 'approve' }, t('lifecycle.approved'))}
      />
      <FormDialog
        isOpen={open === 'circulate'}
        title={t('lifecycle.circulateTitle')}
        submitLabel={t('lifecycle.save')}
        onCancel={close}
        onSubmit={() => run({ step: 'circulate', to, on, variant }, t('lifecycle.circulated'))}
      >
        {error && (
          <p className="form-summary" role="alert">
            {error}
          </p>
        )}
        <TextField label={t('lifecycle.to')} hint={t('lifecycle.toHint')} value={to} onChange={(event) => setTo(event.target.value)} autoFocus />
        <DateField label={t('lifecycle.on')} value={on} onChange={setOn} />
        <MinutesVariantSelect label={t('lifecycle.variant')} value={variant} onChange={setVariant} />
      </FormDialog>
      <FormDialog
        isOpen={open === 'amend'}
        title={t('lifecycle.amendTitle')}
        submitLabel={t('lifecycle.amendConfirm')}
        onCancel={close}
        onSubmit={() => run({ step: 'amend', reason }, t('lifecycle.amended'))}
      >
        {error && (
          <p className="form-summary" role="alert">
            {error}
          </p>
        )}
        <TextAreaField
          label={t('lifecycle.reason')}
          hint={t('lifecycle.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={3}
          autoFocus
        />
      </FormDialog>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../domain/date-time';
import { closingOutcomes, type ClosingOutcome, type Referral, type ReferralStatus } from '../../domain/referral';
import { allowedTransitions, transitionLimits } from '../../domain/referral-workflow';
import { lengthProblem } from '../../domain/validation';
import { referrals as referralRepo, TransitionRefusedError } from '../../storage';
import { DateField } from '../../ui/DateField';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { MeetingItemPicker } from './MeetingItemPicker';

/** Offers only the statuses allowed next; closing needs an outcome; a panel may link its meeting. */
export function TransitionDialog({ referral, decidedByDefault }: { referral: Referral; decidedByDefault: string }) {
  const { t } = useTranslation('referrals');
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const options = allowedTransitions(referral.status);
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<ReferralStatus | ''>('');
  const [on, setOn] = useState(localToday());
  const [decidedBy, setDecidedBy] = useState(decidedByDefault);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<ClosingOutcome | ''>('');
  const [meetingId, setMeetingId] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [tooLong, setTooLong] = useState<{ decidedBy?: string; note?: string }>({});

  const start = () => {
    setTo(options[0] ?? '');
    setOn(localToday());
    setDecidedBy(decidedByDefault);
    setNote('');
    setOutcome('');
    setMeetingId('');
    setAgendaItemId('');
    setError(undefined);
    setTooLong({});
    setOpen(true);
  };
  const submit = async () => {
    if (!to) return;
    const problems = { decidedBy: lengthProblem(decidedBy, transitionLimits.decidedBy), note: lengthProblem(note, transitionLimits.note) };
    setTooLong(problems);
    if (problems.decidedBy || problems.note) return;
    try {
      await referralRepo.transition(referral.id, referral.revision, { to, on, decidedBy, note, outcome: outcome || null, meetingId, agendaItemId });
      notify('success', t('transition.done', { status: t(`vocab.statuses.${to}`) }));
      setOpen(false);
    } catch (failure) {
      if (failure instanceof TransitionRefusedError) setError(errorMessage(failure));
      else notify('error', errorMessage(failure));
    }
  };

  if (options.length === 0) return <p className="muted">{t('transition.none')}</p>;
  return (
    <>
      <button type="button" className="button primary" onClick={start}>
        {t('transition.button')}
      </button>
      <FormDialog
        isOpen={open}
        title={t('transition.title', { code: referral.caseCode })}
        submitLabel={t('transition.save')}
        onCancel={() => setOpen(false)}
        onSubmit={submit}
      >
        {error && (
          <p className="form-summary" role="alert">
            {error}
          </p>
        )}
        <SelectField label={t('transition.to')} value={to} onChange={(event) => setTo(event.target.value as ReferralStatus)} autoFocus>
          {options.map((status) => (
            <option key={status} value={status}>
              {t(`vocab.statuses.${status}`)}
            </option>
          ))}
        </SelectField>
        {to === 'closed' && (
          <SelectField label={t('transition.outcome')} value={outcome} onChange={(event) => setOutcome(event.target.value as ClosingOutcome)}>
            <option value="">{t('transition.chooseOutcome')}</option>
            {closingOutcomes.map((code) => (
              <option key={code} value={code}>
                {t(`vocab.outcomes.${code}`)}
              </option>
            ))}
          </SelectField>
        )}
        {to === 'panel' && (
          <MeetingItemPicker
            meetingId={meetingId}
            agendaItemId={agendaItemId}
            onChange={(meeting, item) => {
              setMeetingId(meeting);
              setAgendaItemId(item);
            }}
          />
        )}
        <DateField label={t('transition.on')} value={on} onChange={setOn} />
        <TextField
          label={t('transition.decidedBy')}
          hint={t('transition.decidedByHint')}
          limit={transitionLimits.decidedBy}
          value={decidedBy}
          error={tooLong.decidedBy}
          onChange={(event) => {
            setDecidedBy(event.target.value);
            setTooLong((problems) => ({ ...problems, decidedBy: undefined }));
          }}
        />
        <TextAreaField
          label={t('transition.note')}
          rows={2}
          limit={transitionLimits.note}
          value={note}
          error={tooLong.note}
          onChange={(event) => {
            setNote(event.target.value);
            setTooLong((problems) => ({ ...problems, note: undefined }));
          }}
        />
      </FormDialog>
    </>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRealIsoDate } from '../../domain/validation';
import { localToday } from '../../domain/date-time';
import type { RiskPictureEdition } from '../../domain/risk-picture';
import { useLanguage } from '../../i18n';
import { formatMeetingTime } from '../../i18n/format';
import { riskPictures, useLive } from '../../storage';
import { DateField } from '../../ui/DateField';
import { FieldMessage } from '../../ui/FieldMessage';
import { SelectField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { decisionsOf, heldMeetings } from './agree-choices';

interface AgreeEditionDialogProps {
  edition: Pick<RiskPictureEdition, 'id' | 'revision' | 'title' | 'status'>;
  onAgreed: () => void;
}

type Problems = Partial<Record<'agreedOn' | 'confirmed', string>>;

/**
 * "Agree…" for a draft edition, and its dialog: when the network agreed it (not in the
 * future), at which meeting and by which decision of its minutes (both optional), and the
 * user's confirmation that the edition is read-only from then on.
 */
export function AgreeEditionDialog({ edition, onAgreed }: AgreeEditionDialogProps) {
  const { t } = useTranslation('riskPicture');
  if (edition.status !== 'draft') return null;
  return <AgreeButtonAndDialog edition={edition} onAgreed={onAgreed} label={t('agree.open')} />;
}

function AgreeButtonAndDialog({ edition, onAgreed, label }: AgreeEditionDialogProps & { label: string }) {
  const { t } = useTranslation('riskPicture');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} aria-label={t('agree.openNamed', { title: edition.title })}>
        {label}
      </button>
      {open && <AgreeForm edition={edition} onAgreed={onAgreed} onClose={() => setOpen(false)} />}
    </>
  );
}

function AgreeForm({ edition, onAgreed, onClose }: AgreeEditionDialogProps & { onClose: () => void }) {
  const { t } = useTranslation('riskPicture');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const confirmId = useId();
  const [agreedOn, setAgreedOn] = useState(localToday());
  const [meetingId, setMeetingId] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const held = useLive(() => heldMeetings(new Date()), []);
  const decisions = useLive(() => decisionsOf(meetingId), [meetingId]);

  const check = (): Problems => ({
    agreedOn: !isRealIsoDate(agreedOn) ? t('agree.dateMissing') : agreedOn > localToday() ? t('agree.dateFuture') : undefined,
    confirmed: confirmed ? undefined : t('agree.confirmMissing'),
  });
  const submit = async () => {
    const found = check();
    setProblems(found);
    if (found.agreedOn || found.confirmed) return;
    setBusy(true);
    try {
      await riskPictures.agree(edition.id, edition.revision, { agreedOn, meetingId: meetingId || null, decisionId: decisionId || null });
      notify('success', t('agree.done', { title: edition.title }));
      onClose();
      onAgreed();
    } catch (error) {
      notify('error', errorMessage(error));
      setBusy(false);
    }
  };
  return (
    <FormDialog
      isOpen
      title={t('agree.title', { title: edition.title })}
      submitLabel={t('agree.submit')}
      busy={busy}
      wide
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <p>{t('agree.intro')}</p>
      <DateField label={t('agree.agreedOn')} value={agreedOn} onChange={setAgreedOn} error={problems.agreedOn} />
      <SelectField
        label={t('agree.meeting')}
        hint={t('agree.meetingHint')}
        value={meetingId}
        onChange={(event) => {
          setMeetingId(event.target.value);
          setDecisionId('');
        }}
      >
        <option value="">{t('agree.noMeeting')}</option>
        {(held ?? []).map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {formatMeetingTime(meeting.startsAt, meeting.timeZone, language)} – {meeting.title}
          </option>
        ))}
      </SelectField>
      {meetingId && (
        <SelectField
          label={t('agree.decision')}
          hint={decisions?.length === 0 ? t('agree.noDecisions') : undefined}
          value={decisionId}
          onChange={(event) => setDecisionId(event.target.value)}
        >
          <option value="">{t('agree.noDecision')}</option>
          {(decisions ?? []).map((decision) => (
            <option key={decision.id} value={decision.id}>
              {decision.itemTitle}: {decision.text}
            </option>
          ))}
        </SelectField>
      )}
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
            aria-describedby={problems.confirmed ? confirmId : undefined}
            autoComplete="off"
          />
          {t('agree.confirm')}
        </label>
        {problems.confirmed && <FieldMessage id={confirmId} message={problems.confirmed} />}
      </div>
    </FormDialog>
  );
}

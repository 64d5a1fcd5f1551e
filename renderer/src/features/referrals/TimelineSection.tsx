import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../domain/date-time';
import type { ReferralEvent, ReferralEventKind } from '../../domain/referral';
import type { Partner } from '../../domain/partner';
import { lengthProblem, limits } from '../../domain/validation';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { meetings as meetingRepo, referrals as referralRepo, useLive } from '../../storage';
import { DateField } from '../../ui/DateField';
import { SelectField, TextAreaField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { MeetingItemPicker } from './MeetingItemPicker';
import { PartnerOptions, usePartnerChoices } from '../../ui/PartnerOptions';
import { useErrorMessage } from '../../ui/useErrorMessage';

const addable: ReferralEventKind[] = ['note', 'contact', 'panel', 'support'];

/** The case's story: status changes, notes, contacts, panel discussions, support actions. */
export function TimelineSection({ referralId, events, partners }: { referralId: string; events: ReferralEvent[]; partners: Partner[] }) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  // Only the meetings the timeline links to, by id; names by id through maps built once.
  const meetingIds = [...new Set(events.flatMap((event) => (event.meetingId ? [event.meetingId] : [])))].sort();
  const meetingTitles = useLive(
    async () => new Map((await meetingRepo.getMany(meetingIds)).map((meeting) => [meeting.id, meeting.title])),
    [meetingIds.join()],
  );
  const partnerNames = useMemo(() => new Map(partners.map((partner) => [partner.id, partner.name])), [partners]);
  const entries = events.filter((event) => event.kind !== 'review').sort((a, b) => a.on.localeCompare(b.on) || a.createdAt.localeCompare(b.createdAt));
  const describe = (event: ReferralEvent) => {
    const parts: string[] = [];
    if (event.toStatus) {
      parts.push(
        event.fromStatus
          ? t('timeline.statusChange', { from: t(`vocab.statuses.${event.fromStatus}`), to: t(`vocab.statuses.${event.toStatus}`) })
          : t('timeline.statusStart'),
      );
    }
    if (event.outcome) parts.push(t('timeline.outcome', { outcome: t(`vocab.outcomes.${event.outcome}`) }));
    if (event.meetingId) parts.push(t('timeline.discussedAt', { meeting: meetingTitles?.get(event.meetingId) ?? '' }));
    if (event.text) parts.push(event.text);
    if (event.ownerPartnerId) parts.push(partnerNames.get(event.ownerPartnerId) ?? '');
    // The form's label says which kind of entry it is for; the entry shown already says it.
    if (event.dueDate) parts.push(t('detail.due', { date: formatDate(event.dueDate, language) }));
    return parts.filter(Boolean).join(' · ');
  };
  return (
    <Section title={t('timeline.title')}>
      {entries.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {entries.map((event) => (
            <li key={event.id} className={event.kind}>
              <div className="when">
                {formatDate(event.on, language)} · {t(`vocab.events.${event.kind}`)} · {t('timeline.by', { by: event.by })}
              </div>
              <div>{describe(event)}</div>
            </li>
          ))}
        </ol>
      )}
      <AddTimelineEntry referralId={referralId} partners={partners} />
    </Section>
  );
}

function AddTimelineEntry({ referralId, partners }: { referralId: string; partners: Partner[] }) {
  const { t } = useTranslation('referrals');
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [kind, setKind] = useState<ReferralEventKind>('note');
  const [on, setOn] = useState(localToday());
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [textError, setTextError] = useState<string>();
  // A new support action goes to a partner still in the network.
  const ownerChoices = usePartnerChoices(partners);
  const submit = async () => {
    const problem = lengthProblem(text, limits.notes);
    setTextError(problem);
    if (problem) return;
    try {
      await referralRepo.addEvent(referralId, {
        kind,
        on,
        text,
        ownerPartnerId: kind === 'support' ? owner || null : null,
        dueDate: kind === 'support' ? due : '',
        meetingId: kind === 'panel' ? meetingId || null : null,
        agendaItemId: kind === 'panel' ? agendaItemId || null : null,
      });
      notify('success', t('timeline.added'));
      setText('');
      setOwner('');
      setDue('');
      setMeetingId('');
      setAgendaItemId('');
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  return (
    <fieldset className="timeline-add">
      <legend>{t('timeline.add')}</legend>
      <div className="form-grid">
        <SelectField label={t('timeline.kind')} value={kind} onChange={(event) => setKind(event.target.value as ReferralEventKind)}>
          {addable.map((code) => (
            <option key={code} value={code}>
              {t(`vocab.events.${code}`)}
            </option>
          ))}
        </SelectField>
        <DateField label={t('timeline.on')} value={on} onChange={setOn} />
        <TextAreaField
          className="wide"
          label={t('timeline.text')}
          rows={2}
          limit={limits.notes}
          value={text}
          error={textError}
          onChange={(event) => {
            setText(event.target.value);
            setTextError(undefined);
          }}
        />
        {kind === 'panel' && (
          <MeetingItemPicker
            meetingId={meetingId}
            agendaItemId={agendaItemId}
            onChange={(meeting, item) => {
              setMeetingId(meeting);
              setAgendaItemId(item);
            }}
          />
        )}
        {kind === 'support' && (
          <>
            <SelectField label={t('timeline.owner')} value={owner} onChange={(event) => setOwner(event.target.value)}>
              <option value="">—</option>
              <PartnerOptions choices={ownerChoices} />
            </SelectField>
            <DateField label={t('timeline.due')} value={due} onChange={setDue} />
          </>
        )}
      </div>
      <p>
        <button type="button" className="button" disabled={!text.trim() || !on} onClick={submit}>
          {t('timeline.save')}
        </button>
      </p>
    </fieldset>
  );
}

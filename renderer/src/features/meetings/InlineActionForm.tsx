import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../domain/date-time';
import { actionInputSchema } from '../../domain/meeting';
import { limits } from '../../domain/validation';
import { actions as actionRepo } from '../../storage';
import { DateField } from '../../ui/DateField';
import { SelectField, TextField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import type { AgendaPeople } from './agenda-lookups';

/**
 * A new action under the item, entered in one row: Enter in "What" adds it. A due date that
 * has already passed is accepted (the action was agreed late) but said out loud: the action
 * will show as overdue at once, here and in the tracker.
 */
export function InlineActionForm({ itemId, people }: { itemId: string; people: AgendaPeople }) {
  const { t } = useTranslation('meetings');
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const first = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [contact, setContact] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  /** Said beside the form, not in a notice that would cover the next field. */
  const [added, setAdded] = useState(false);
  const submit = async () => {
    const parsed = actionInputSchema.safeParse({ text, ownerPartnerId: owner, ownerContactId: contact, dueDate: due });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setBusy(true);
    try {
      await actionRepo.add(itemId, parsed.data);
      setText('');
      setContact('');
      setDue('');
      setErrors({});
      setAdded(true);
      // Ready for the next action; the owner stays, as several often go to one partner.
      first.current?.focus();
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const lateDue = due !== '' && due < localToday();
  return (
    <form
      className="inline-entry action-entry"
      autoComplete="off"
      noValidate
      aria-label={t('minutesView.newAction')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void submit();
      }}
    >
      <TextField
        ref={first}
        className="wide"
        label={t('minutesView.newAction')}
        limit={limits.notes}
        value={text}
        error={errors.text}
        onChange={(event) => {
          setText(event.target.value);
          setAdded(false);
        }}
      />
      <SelectField
        label={t('actions.owner')}
        value={owner}
        error={errors.ownerPartnerId}
        onChange={(event) => {
          setOwner(event.target.value);
          setContact('');
        }}
      >
        <option value="">{t('actions.chooseOwner')}</option>
        {people.livePartners.map((partner) => (
          <option key={partner.id} value={partner.id}>
            {partner.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('actions.ownerContact')} value={contact} disabled={!owner} onChange={(event) => setContact(event.target.value)}>
        <option value="">{t('actions.anyone')}</option>
        {(people.contactsByPartner.get(owner) ?? []).map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </SelectField>
      <DateField
        label={t('actions.due')}
        value={due}
        onChange={setDue}
        error={errors.dueDate}
        hint={lateDue ? t('minutesView.overdueWhenRecorded') : undefined}
      />
      <button type="submit" className="button">
        {t('actions.add')}
      </button>
      <p className="inline-entry-status muted" role="status">
        {added ? t('minutesView.actionAdded') : ''}
      </p>
    </form>
  );
}

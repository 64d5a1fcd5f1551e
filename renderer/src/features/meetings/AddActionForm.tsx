import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionInputSchema } from '../../domain/meeting';
import { limits } from '../../domain/validation';
import { actions as actionRepo } from '../../storage';
import { DateField } from '../../ui/DateField';
import { SelectField, TextField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { PartnerOptions, usePartnerChoices } from '../../ui/PartnerOptions';
import { useErrorMessage } from '../../ui/useErrorMessage';
import type { AgendaPeople } from './agenda-lookups';

interface AddActionFormProps {
  itemId: string;
  people: AgendaPeople;
  onSaved: () => void;
  onClose: () => void;
}

/** A new action under an agenda item. Stays open after saving, for the next one. */
export function AddActionForm({ itemId, people, onSaved, onClose }: AddActionFormProps) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const form = useRef<HTMLDivElement>(null);
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [contact, setContact] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A new action goes to a partner still in the network.
  const ownerChoices = usePartnerChoices(people.livePartners);
  const submit = async () => {
    const parsed = actionInputSchema.safeParse({ text, ownerPartnerId: owner, ownerContactId: contact, dueDate: due });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    try {
      await actionRepo.add(itemId, parsed.data);
      setText('');
      setOwner('');
      setContact('');
      setDue('');
      setErrors({});
      onSaved();
      // Ready for the next action: back to its first field.
      form.current?.querySelector('input')?.focus();
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  return (
    <div ref={form} className="add-action">
      <TextField
        autoFocus
        className="wide"
        label={t('actions.text')}
        limit={limits.notes}
        value={text}
        error={errors.text}
        onChange={(event) => setText(event.target.value)}
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
        <PartnerOptions choices={ownerChoices} />
      </SelectField>
      <SelectField label={t('actions.ownerContact')} value={contact} disabled={!owner} onChange={(event) => setContact(event.target.value)}>
        <option value="">{t('actions.anyone')}</option>
        {(people.contactsByPartner.get(owner) ?? []).map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </SelectField>
      <DateField label={t('actions.due')} value={due} onChange={setDue} error={errors.dueDate} />
      <div className="add-action-submit row">
        <button type="button" className="button" onClick={submit}>
          {t('actions.add')}
        </button>
        <button type="button" className="button quiet" onClick={onClose}>
          {tc('actions.cancel')}
        </button>
      </div>
    </div>
  );
}

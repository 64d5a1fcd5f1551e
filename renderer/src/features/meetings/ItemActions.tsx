import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionInputSchema, type ActionItem } from '../../domain/meeting';
import { ownerLabel } from '../../domain/minutes-document';
import { limits } from '../../domain/validation';
import type { Contact, Partner } from '../../domain/partner';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { actions as actionRepo } from '../../storage';
import { DateField } from '../../ui/DateField';
import { SelectField, TextField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { ActionStatusSelect } from './ActionStatusSelect';

interface ItemActionsProps {
  itemId: string;
  actions: ActionItem[];
  partners: Partner[];
  contacts: Contact[];
  editable: boolean;
}

/** Actions agreed under one agenda item. The status can always change; the rest only in draft. */
export function ItemActions({ itemId, actions, partners, contacts, editable }: ItemActionsProps) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const attempt = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  return (
    <div className="item-actions">
      <h4>{t('actions.title')}</h4>
      {actions.length === 0 ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{t('actions.text')}</th>
              <th scope="col">{t('actions.owner')}</th>
              <th scope="col">{t('actions.due')}</th>
              <th scope="col">{t('actions.status')}</th>
              {editable && <th scope="col"><span className="visually-hidden">{t('actions.remove', { text: '' })}</span></th>}
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id}>
                <td>{action.text}</td>
                <td>{ownerLabel(action.ownerPartnerId, action.ownerContactId, partners, contacts)}</td>
                <td className="nowrap">{action.dueDate ? formatDate(action.dueDate, language) : ''}</td>
                <td>
                  <ActionStatusSelect action={action} onChange={(status) => attempt(() => actionRepo.setStatus(action.id, action.revision, status))} />
                </td>
                {editable && (
                  <td>
                    <button type="button" className="button quiet" aria-label={t('actions.remove', { text: action.text })} onClick={() => attempt(() => actionRepo.remove(action.id, action.revision))}>
                      ×
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && <AddAction itemId={itemId} partners={partners} contacts={contacts} onSaved={() => notify('success', t('actions.saved'))} />}
    </div>
  );
}

function AddAction({ itemId, partners, contacts, onSaved }: { itemId: string; partners: Partner[]; contacts: Contact[]; onSaved: () => void }) {
  const { t } = useTranslation('meetings');
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [contact, setContact] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
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
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  return (
    <div className="add-action">
      <TextField className="wide" label={t('actions.text')} limit={limits.notes} value={text} error={errors.text} onChange={(event) => setText(event.target.value)} />
      <SelectField label={t('actions.owner')} value={owner} error={errors.ownerPartnerId} onChange={(event) => { setOwner(event.target.value); setContact(''); }}>
        <option value="">{t('actions.chooseOwner')}</option>
        {partners.filter((partner) => partner.deletedAt === null).map((partner) => (
          <option key={partner.id} value={partner.id}>
            {partner.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('actions.ownerContact')} value={contact} disabled={!owner} onChange={(event) => setContact(event.target.value)}>
        <option value="">{t('actions.anyone')}</option>
        {contacts.filter((candidate) => candidate.partnerId === owner).map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </SelectField>
      <DateField label={t('actions.due')} value={due} onChange={setDue} error={errors.dueDate} />
      <div className="add-action-submit">
        <button type="button" className="button" onClick={submit}>
          {t('actions.add')}
        </button>
      </div>
    </div>
  );
}

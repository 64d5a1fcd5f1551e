import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { settings } from '../../storage';
import { TextField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';

const MAX = 200;

/** The network's name, printed at the top of minutes. */
export function NetworkNameSection({ saved }: { saved: string }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(saved);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await settings.set('networkName', name.trim());
      notify('success', t('network.saved'));
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  return (
    <Section title={t('network.title')}>
      <form className="row network-form" onSubmit={submit}>
        <TextField label={t('network.label')} hint={t('network.hint')} maxLength={MAX} value={name} onChange={(event) => setName(event.target.value)} />
        <button type="submit" className="button" disabled={name.trim() === saved}>
          {tc('actions.save')}
        </button>
      </form>
    </Section>
  );
}

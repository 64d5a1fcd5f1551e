import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lengthProblem, limits } from '../../domain/validation';
import { settings } from '../../storage';
import { TextField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';

/** The network's name, printed at the top of minutes. */
export function NetworkNameSection({ saved }: { saved: string }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(saved);
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = lengthProblem(name, limits.name);
    setError(problem);
    if (problem) return;
    try {
      await settings.set('networkName', name.trim());
      notify('success', t('network.saved'));
    } catch (failure) {
      notify('error', errorMessage(failure));
    }
  };
  return (
    <Section title={t('network.title')}>
      <form autoComplete="off" className="row network-form" onSubmit={submit}>
        <TextField
          label={t('network.label')}
          hint={t('network.hint')}
          limit={limits.name}
          value={name}
          error={error}
          onChange={(event) => {
            setName(event.target.value);
            setError(undefined);
          }}
        />
        <button type="submit" className="button" disabled={name.trim() === saved}>
          {tc('actions.save')}
        </button>
      </form>
    </Section>
  );
}

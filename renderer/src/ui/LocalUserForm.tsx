/**
 * Who works at this computer: a name and an organisation, written into every audit entry.
 * Used on first start (nothing can be changed before it is known) and in Settings.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { LocalUser } from '../domain/audit';
import { limits, requiredText } from '../domain/validation';
import { settings } from '../storage';
import { TextField } from './fields';
import { useNotify } from './notices';
import { useErrorMessage } from './useErrorMessage';

const localUserInputSchema = z.object({ name: requiredText(limits.name), organisation: requiredText(limits.name) });

export function LocalUserForm({ saved, submitLabel }: { saved: LocalUser | null; submitLabel?: string }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<LocalUser>({
    resolver: zodResolver(localUserInputSchema),
    defaultValues: saved ?? { name: '', organisation: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const submit = async (values: LocalUser) => {
    try {
      await settings.set('localUser', values);
      reset(values);
      notify('success', t('localUser.saved', { name: values.name, organisation: values.organisation }));
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  return (
    <form autoComplete="off" className="stack" noValidate onSubmit={handleSubmit(submit)}>
      <div className="form-grid">
        <TextField label={t('localUser.name')} hint={t('localUser.nameHint')} required limit={limits.name} error={errors.name?.message} {...register('name')} />
        <TextField
          label={t('localUser.organisation')}
          hint={t('localUser.organisationHint')}
          required
          limit={limits.name}
          error={errors.organisation?.message}
          {...register('organisation')}
        />
      </div>
      <div className="row">
        <button type="submit" className="button primary" disabled={isSubmitting || (saved !== null && !isDirty)}>
          {isSubmitting ? tc('actions.saving') : (submitLabel ?? tc('actions.save'))}
        </button>
      </div>
    </form>
  );
}

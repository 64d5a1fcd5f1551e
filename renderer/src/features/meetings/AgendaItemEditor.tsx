import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { agendaItemInputSchema, type AgendaItemInput } from '../../domain/meeting';
import { limits } from '../../domain/validation';
import { TextAreaField, TextField } from '../../ui/fields';
import { MinutesMarkdown } from '../../ui/MinutesMarkdown';
import { useUnsavedChangesGuard } from '../../ui/useUnsavedChangesGuard';
import { FormActions } from '../../ui/FormActions';
import { countFieldErrors } from '../../ui/form-errors';

type ItemOutput = z.output<typeof agendaItemInputSchema>;

interface AgendaItemEditorProps {
  initial: AgendaItemInput;
  onSubmit: (values: ItemOutput) => Promise<void>;
  onCancel: () => void;
}

/** Title, presenter, timing, flags, minutes (Markdown with preview) and decisions of one item. */
export function AgendaItemEditor({ initial, onSubmit, onCancel }: AgendaItemEditorProps) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const { t: tv } = useTranslation('validation');
  const [preview, setPreview] = useState(false);
  // Counted from the errors handed to onInvalid: the rendered `errors` lag behind for field arrays.
  const [refused, setRefused] = useState(0);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<AgendaItemInput, unknown, ItemOutput>({
    // The schema's own input type says "unknown" for planned minutes (it is preprocessed);
    // AgendaItemInput states what the form really holds.
    resolver: zodResolver(agendaItemInputSchema) as unknown as Resolver<AgendaItemInput, unknown, ItemOutput>,
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const decisions = useFieldArray({ control, name: 'decisions', keyName: 'key' });
  const minutes = useWatch({ control, name: 'minutes' }) ?? '';
  const guard = useUnsavedChangesGuard(isDirty);

  return (
    <form
      autoComplete="off"
      className="stack agenda-editor"
      noValidate
      onSubmit={handleSubmit(
        (values) => {
          setRefused(0);
          return guard.whileSaving(() => onSubmit(values));
        },
        (invalid) => setRefused(countFieldErrors(invalid)),
      )}
    >
      {refused > 0 && (
        <p className="form-summary" role="alert">
          {tv('summary', { count: refused })}
        </p>
      )}
      <div className="form-grid">
        <TextField className="wide" label={t('agenda.itemTitle')} limit={limits.name} error={errors.title?.message} autoFocus {...register('title')} />
        <TextField label={t('agenda.presenter')} limit={limits.name} error={errors.presenter?.message} {...register('presenter')} />
        <TextField type="number" min={1} max={600} label={t('agenda.plannedMinutes')} error={errors.plannedMinutes?.message} {...register('plannedMinutes')} />
        <label className="checkbox">
          <input type="checkbox" {...register('confidential')} autoComplete="off" />
          <span>
            {t('agenda.confidential')} <span className="muted">– {t('agenda.confidentialHint')}</span>
          </span>
        </label>
        <label className="checkbox">
          <input type="checkbox" {...register('caseDiscussion')} autoComplete="off" />
          <span>
            {t('agenda.caseDiscussion')} <span className="muted">– {t('agenda.caseDiscussionHint')}</span>
          </span>
        </label>
        <div className="wide">
          {preview ? (
            <div className="field">
              <span className="label">{t('agenda.preview')}</span>
              <div className="preview">{minutes ? <MinutesMarkdown text={minutes} /> : <p className="muted">{t('agenda.noMinutes')}</p>}</div>
            </div>
          ) : (
            <TextAreaField
              label={t('agenda.minutes')}
              hint={t('agenda.minutesHint')}
              rows={8}
              limit={limits.minutes}
              error={errors.minutes?.message}
              {...register('minutes')}
            />
          )}
          <button type="button" className="button quiet" aria-pressed={preview} onClick={() => setPreview((on) => !on)}>
            {t('agenda.preview')}
          </button>
        </div>
      </div>
      <fieldset>
        <legend>{t('agenda.decisions')}</legend>
        <div className="stack">
          {decisions.fields.map((field, index) => (
            <div key={field.key} className="decision-row">
              <TextAreaField
                label={t('agenda.decision', { number: index + 1 })}
                rows={2}
                limit={limits.notes}
                error={errors.decisions?.[index]?.text?.message}
                {...register(`decisions.${index}.text`)}
              />
              <button
                type="button"
                className="button quiet"
                onClick={() => decisions.remove(index)}
                aria-label={t('agenda.removeDecision', { number: index + 1 })}
              >
                {tc('actions.remove')}
              </button>
            </div>
          ))}
          <div>
            <button type="button" className="button" onClick={() => decisions.append({ id: crypto.randomUUID(), text: '' })}>
              {t('agenda.addDecision')}
            </button>
          </div>
        </div>
      </fieldset>
      {guard.dialog}
      <FormActions onCancel={onCancel} isSubmitting={isSubmitting} />
    </form>
  );
}

/**
 * Edits a series' standing agenda items: title, presenter, planned minutes and the two
 * flags an agenda item has, in order. Saved as one change of the series (audited).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MeetingSeries } from '../../domain/meeting';
import { agendaTemplateSchema, maxTemplateItems } from '../../domain/meeting-series';
import { limits } from '../../domain/validation';
import { meetingSeries as seriesRepo } from '../../storage';
import { FormActions } from '../../ui/FormActions';
import { TextField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { StaleNotice, useEditSession } from '../../ui/useEditSession';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { useUnsavedChangesGuard } from '../../ui/useUnsavedChangesGuard';

const formSchema = z.object({ items: agendaTemplateSchema });
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;

const blankItem = () => ({ id: crypto.randomUUID(), title: '', presenter: '', plannedMinutes: '', confidential: false, caseDiscussion: false });

export function SeriesTemplateEditor({ series, onDone }: { series: MeetingSeries; onDone: () => void }) {
  const { t } = useTranslation('meetings');
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const session = useEditSession(series);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      items: (series.agendaTemplate ?? []).map((item) => ({ ...item, plannedMinutes: item.plannedMinutes === null ? '' : String(item.plannedMinutes) })),
    },
  });
  const { fields, append, remove, move } = useFieldArray({ control, name: 'items', keyName: 'key' });
  const guard = useUnsavedChangesGuard(isDirty);

  return (
    <form
      className="form series-template-editor"
      noValidate
      autoComplete="off"
      aria-label={t('series.editLabel', { name: series.name })}
      onSubmit={handleSubmit((values) =>
        guard.whileSaving(async () => {
          try {
            await seriesRepo.setTemplate(series.id, session.base, values.items);
            notify('success', t('series.saved', { name: series.name }));
            onDone();
          } catch (error) {
            if (!session.refused(error)) notify('error', errorMessage(error));
          }
        }),
      )}
    >
      <StaleNotice session={session} />
      {fields.length === 0 && <p className="muted">{t('series.noItems')}</p>}
      <ol className="template-rows">
        {fields.map((field, index) => {
          const number = index + 1;
          const rowErrors = errors.items?.[index];
          return (
            <li key={field.key} className="template-row">
              <TextField
                label={t('series.itemTitle', { number })}
                required
                limit={limits.name}
                error={rowErrors?.title?.message}
                {...register(`items.${index}.title`)}
              />
              <TextField label={t('series.presenter')} limit={limits.name} error={rowErrors?.presenter?.message} {...register(`items.${index}.presenter`)} />
              <TextField
                label={t('series.plannedMinutes')}
                inputMode="numeric"
                className="minutes"
                error={rowErrors?.plannedMinutes?.message}
                {...register(`items.${index}.plannedMinutes`)}
              />
              <div className="template-flags">
                <label className="checkbox">
                  <input type="checkbox" {...register(`items.${index}.confidential`)} autoComplete="off" />
                  {t('agenda.confidential')}
                </label>
                <label className="checkbox">
                  <input type="checkbox" {...register(`items.${index}.caseDiscussion`)} autoComplete="off" />
                  {t('agenda.caseDiscussion')}
                </label>
              </div>
              <div className="row template-row-actions">
                <button
                  type="button"
                  className="button quiet"
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                  aria-label={t('series.moveUp', { number })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button quiet"
                  disabled={index === fields.length - 1}
                  onClick={() => move(index, index + 1)}
                  aria-label={t('series.moveDown', { number })}
                >
                  ↓
                </button>
                <button type="button" className="button quiet" onClick={() => remove(index)} aria-label={t('series.remove', { number })}>
                  {t('series.removeShort')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" className="button" disabled={fields.length >= maxTemplateItems} onClick={() => append(blankItem())}>
          {t('series.addItem')}
        </button>
      </div>
      {guard.dialog}
      <FormActions onCancel={onDone} isSubmitting={isSubmitting} />
    </form>
  );
}

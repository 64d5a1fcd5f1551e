import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaItemInputSchema, type AgendaItem } from '../../domain/meeting';
import { limits } from '../../domain/validation';
import { agenda as agendaRepo } from '../../storage';
import { TextField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import type { MinutesAutosave } from './useMinutesAutosave';

const decisionSchema = agendaItemInputSchema.shape.decisions.unwrap().element;

/**
 * A decision typed and added with Enter, without leaving the item. It is written after the
 * minutes typed before it, at the revision they produced (the item is one record).
 */
export function InlineDecisionForm({ item, autosave }: { item: AgendaItem; autosave: MinutesAutosave }) {
  const { t } = useTranslation('meetings');
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  /** Said beside the form, not in a notice that would cover the next field. */
  const [added, setAdded] = useState(false);
  const submit = async () => {
    const checked = decisionSchema.safeParse({ id: 'new', text });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    try {
      await autosave.flush();
      await autosave.run((base) => agendaRepo.addDecision(item.id, base, checked.data.text));
      setText('');
      setError(undefined);
      setAdded(true);
    } catch (failure) {
      notify('error', errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="inline-entry"
      autoComplete="off"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void submit();
      }}
    >
      <TextField
        label={t('minutesView.newDecision')}
        limit={limits.notes}
        value={text}
        error={error}
        onChange={(event) => {
          setText(event.target.value);
          setAdded(false);
        }}
      />
      <button type="submit" className="button">
        {t('minutesView.addDecision')}
      </button>
      <p className="inline-entry-status muted" role="status">
        {added ? t('minutesView.decisionAdded') : ''}
      </p>
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../ui/useErrorMessage';
import type { MinutesAutosave } from './useMinutesAutosave';

/** "Saving…", "Saved" or "Not saved: why", with the way out of a refusal. */
export function SaveStateIndicator({ autosave }: { autosave: MinutesAutosave }) {
  const { t } = useTranslation('meetings');
  const errorMessage = useErrorMessage();
  const { state } = autosave;
  return (
    <div className={`save-state ${state.kind}`}>
      <p role="status">{state.kind === 'failed' ? t('minutesView.saveState.failed', { reason: errorMessage(state.error) }) : t(`minutesView.saveState.${state.kind}`)}</p>
      {state.kind === 'failed' && state.stale && (
        <button type="button" className="button quiet" onClick={autosave.reload}>
          {t('minutesView.reload')}
        </button>
      )}
    </div>
  );
}

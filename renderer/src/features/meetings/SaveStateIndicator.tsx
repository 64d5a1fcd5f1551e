import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../ui/useErrorMessage';
import type { MinutesAutosave } from './useMinutesAutosave';

/** "Saving…", "Saved" or "Not saved", short, for the bar that stays in view. */
export function SaveStateIndicator({ autosave }: { autosave: MinutesAutosave }) {
  const { t } = useTranslation('meetings');
  const { kind } = autosave.state;
  return (
    <p className={`save-state ${kind}`} role="status">
      {t(kind === 'failed' ? 'minutesView.saveState.failedShort' : `minutesView.saveState.${kind}`)}
    </p>
  );
}

/** Why the minutes were not saved, in full, with the way out of a refusal; nothing while saving works. */
export function SaveFailure({ autosave }: { autosave: MinutesAutosave }) {
  const { t } = useTranslation('meetings');
  const errorMessage = useErrorMessage();
  const { state } = autosave;
  if (state.kind !== 'failed') return null;
  return (
    <div className="notice error save-failure" role="alert">
      <p>{state.stale ? t('minutesView.saveState.stale') : t('minutesView.saveState.failed', { reason: errorMessage(state.error) })}</p>
      {state.stale && (
        <button type="button" className="button" onClick={autosave.reload}>
          {t('minutesView.reload')}
        </button>
      )}
    </div>
  );
}

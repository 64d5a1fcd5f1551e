/**
 * An edit form's hold on the record it edits: the revision it opened with (every save says
 * it, and storage refuses a save based on an old one), and what happens when a save is
 * refused because the record changed elsewhere: the form stays as the user typed it, with a
 * notice, until they choose to load the current version.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaleRevisionError } from '../storage';
import { useErrorMessage } from './useErrorMessage';

export interface EditSession {
  /** The revision the form is based on: pass it with every save. */
  base: number;
  /** Changes when the user loads the current version: use it in the form's key. */
  formKey: string;
  /** The refused save's message while the form shows an old version, else null. */
  staleMessage: string | null;
  /** Handles a failed save; true when it was refused as stale (the notice then shows). */
  refused: (error: unknown) => boolean;
  /** Starts over from the record as stored now. */
  reload: () => void;
  /** After a save: the form now stands on what was saved. */
  saved: (revision: number) => void;
}

export function useEditSession(record: { id: string; revision: number }): EditSession {
  const errorMessage = useErrorMessage();
  const [base, setBase] = useState(record.revision);
  const [generation, setGeneration] = useState(0);
  const [staleMessage, setStaleMessage] = useState<string | null>(null);
  const refused = useCallback(
    (error: unknown) => {
      if (!(error instanceof StaleRevisionError)) return false;
      setStaleMessage(errorMessage(error));
      return true;
    },
    [errorMessage],
  );
  const reload = useCallback(() => {
    setBase(record.revision);
    setGeneration((value) => value + 1);
    setStaleMessage(null);
  }, [record.revision]);
  const saved = useCallback((revision: number) => setBase(revision), []);
  return { base, formKey: `${record.id}:${generation}`, staleMessage, refused, reload, saved };
}

/** Shown above a form whose save was refused because the record changed elsewhere. */
export function StaleNotice({ session }: { session: EditSession }) {
  const { t } = useTranslation('errors');
  if (!session.staleMessage) return null;
  return (
    <div className="notice error stale-notice" role="alert">
      <p>
        <strong>{t('stale.title')}.</strong> {session.staleMessage}
      </p>
      <div className="row">
        <button type="button" className="button" onClick={session.reload}>
          {t('stale.reload')}
        </button>
      </div>
    </div>
  );
}

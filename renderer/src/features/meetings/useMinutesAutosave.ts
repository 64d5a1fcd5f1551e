import { useEffect, useState } from 'react';
import type { AgendaItem } from '../../domain/meeting';
import { agenda as agendaRepo, StaleRevisionError } from '../../storage';
import { createAutosave, type Autosave, type AutosaveState } from './minutes-autosave';

/** The pause after the last keystroke before the minutes are saved. */
const autosaveDelayMs = 700;

export interface MinutesAutosave {
  text: string;
  state: AutosaveState;
  change: (text: string) => void;
  flush: () => Promise<boolean>;
  run: Autosave['run'];
  /** After a refusal: drops the typed text and starts again from the item as stored now. */
  reload: () => void;
}

/**
 * The minute-taking view's hold on one item's minutes (mount it keyed by the item's id).
 * Whatever is still waiting for its pause is saved when the view leaves the item.
 */
export function useMinutesAutosave(item: AgendaItem): MinutesAutosave {
  const [state, setState] = useState<AutosaveState>({ kind: 'saved' });
  const [text, setText] = useState(item.minutes);
  const [autosave] = useState(() =>
    createAutosave({
      baseRevision: item.revision,
      storedText: item.minutes,
      save: (base, minutes) => agendaRepo.saveMinutes(item.id, base, minutes),
      isStale: (error) => error instanceof StaleRevisionError,
      onState: setState,
      delayMs: autosaveDelayMs,
    }),
  );
  useEffect(() => () => void autosave.flush(), [autosave]);
  return {
    text,
    state,
    change: (next) => {
      setText(next);
      autosave.change(next);
    },
    flush: autosave.flush,
    run: autosave.run,
    // `item` is the item as stored now: the live query re-reads it after every write.
    reload: () => {
      autosave.reload(item.revision, item.minutes);
      setText(item.minutes);
    },
  };
}

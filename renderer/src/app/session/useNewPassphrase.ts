import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { newPassphraseProblem, type PassphraseProblem } from '../../domain/session';
import { loadStrengthCheck, type Strength, type StrengthCheck } from './passphrase-strength';

export interface NewPassphrase {
  passphrase: string;
  repeated: string;
  setPassphrase(value: string): void;
  setRepeated(value: string): void;
  /** The strength of what is typed; null while empty or while the dictionaries load. */
  strength: Strength | null;
  /** Why the last submit was refused, until the fields change. */
  problem: PassphraseProblem | null;
  /** The passphrase when it may be used, else null (and `problem` says why). Loads the check if needed. */
  validate(): Promise<string | null>;
  /** Fills both fields, e.g. with a generated passphrase. */
  fill(value: string): void;
  clear(): void;
}

/**
 * A new passphrase typed twice, its strength as it is typed (zxcvbn, loaded on first use)
 * and the rule it must pass (domain/session.ts), checked again on submit so a quick Enter
 * cannot slip past the check still loading.
 */
export function useNewPassphrase(): NewPassphrase {
  const [passphrase, setPassphraseState] = useState('');
  const [repeated, setRepeatedState] = useState('');
  const [problem, setProblem] = useState<PassphraseProblem | null>(null);
  const [check, setCheck] = useState<StrengthCheck | null>(null);
  // Checking a long passphrase takes zxcvbn a noticeable moment: typing never waits for it.
  const deferred = useDeferredValue(passphrase);

  useEffect(() => {
    let current = true;
    loadStrengthCheck().then(
      (loaded) => current && setCheck(() => loaded),
      () => undefined, // Shown on submit, when validate() loads it again.
    );
    return () => {
      current = false;
    };
  }, []);

  const strength = useMemo(() => (check && deferred ? check(deferred) : null), [check, deferred]);

  const setPassphrase = useCallback((value: string) => {
    setPassphraseState(value);
    setProblem(null);
  }, []);
  const setRepeated = useCallback((value: string) => {
    setRepeatedState(value);
    setProblem(null);
  }, []);

  const validate = useCallback(async () => {
    const checkNow = await loadStrengthCheck();
    const found = newPassphraseProblem(passphrase, repeated, passphrase ? checkNow(passphrase).score : 0);
    setProblem(found);
    return found ? null : passphrase;
  }, [passphrase, repeated]);

  const fill = useCallback((value: string) => {
    setPassphraseState(value);
    setRepeatedState(value);
    setProblem(null);
  }, []);
  const clear = useCallback(() => fill(''), [fill]);

  return { passphrase, repeated, setPassphrase, setRepeated, strength, problem, validate, fill, clear };
}

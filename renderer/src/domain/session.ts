/**
 * The session's rules, pure: how long the app may sit unused before it locks, and what a
 * passphrase must be to protect data about people at risk.
 */

/** The idle times Settings offers, in minutes; the shortest is for a shared office. */
export const IDLE_LOCK_CHOICES = [1, 5, 15, 30, 60] as const;
export type IdleLockMinutes = (typeof IDLE_LOCK_CHOICES)[number];
export const DEFAULT_IDLE_LOCK_MINUTES: IdleLockMinutes = 5;

/**
 * The weakest passphrase accepted: zxcvbn's top score (more than 10^10 guesses, "very
 * unguessable") and at least 12 characters. A stolen laptop gives an attacker unlimited time
 * with the keyring, so only Argon2id's cost and the passphrase stand between them and the
 * case files; a lower score falls to a graphics card in days.
 */
export const MIN_PASSPHRASE_SCORE = 4;
export const MIN_PASSPHRASE_LENGTH = 12;

export type PassphraseProblem = 'empty' | 'tooShort' | 'weak' | 'mismatch';

/**
 * What is wrong with a new passphrase, or null: `score` is zxcvbn's (0–4) for it,
 * `repeated` what was typed into the second field.
 */
export function newPassphraseProblem(passphrase: string, repeated: string, score: number): PassphraseProblem | null {
  if (passphrase.length === 0) return 'empty';
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (score < MIN_PASSPHRASE_SCORE) return 'weak';
  if (passphrase !== repeated) return 'mismatch';
  return null;
}

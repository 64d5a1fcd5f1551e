/**
 * How hard a passphrase is to guess, by zxcvbn-ts with its common, English and German
 * dictionaries (passwords, words, names, Wikipedia). The dictionaries are large (a few MB), so
 * they are loaded only by the screens that set a passphrase, the first time one asks, never
 * at start-up.
 *
 * Feedback comes back as zxcvbn's keys ("wordByItself", "useWords"), translated by our own
 * locale files, so it reads like the rest of the app in both languages.
 */
/** zxcvbn's warnings we translate (its "pwned" check asks a web service and is not used). */
export const strengthWarnings = [
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
] as const;
export const strengthSuggestions = [
  'l33t',
  'reverseWords',
  'allUppercase',
  'capitalization',
  'dates',
  'recentYears',
  'associatedYears',
  'sequences',
  'repeated',
  'longerKeyboardPattern',
  'anotherWord',
  'useWords',
  'noNeed',
] as const;
export type StrengthWarning = (typeof strengthWarnings)[number];
export type StrengthSuggestion = (typeof strengthSuggestions)[number];

export interface Strength {
  /** zxcvbn's score: 0 (guessed at once) … 4 (more than 10^10 guesses). */
  score: 0 | 1 | 2 | 3 | 4;
  warning: StrengthWarning | null;
  suggestions: StrengthSuggestion[];
}

const isWarning = (key: unknown): key is StrengthWarning => (strengthWarnings as readonly unknown[]).includes(key);
const isSuggestion = (key: unknown): key is StrengthSuggestion => (strengthSuggestions as readonly unknown[]).includes(key);

export type StrengthCheck = (passphrase: string) => Strength;

/** Words of this app that make a passphrase easier to guess. */
const appWords = ['roundtable', 'runder tisch', 'rundertisch', 'prävention', 'praevention', 'prevention', 'netzwerk', 'network'];

let loading: Promise<StrengthCheck> | undefined;

async function load(): Promise<StrengthCheck> {
  const [{ ZxcvbnFactory }, common, english, german] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-de'),
  ]);
  const zxcvbn = new ZxcvbnFactory({
    // English keys carry a suffix ("commonWords-en"), German ones none: they do not overwrite each other.
    dictionary: { ...common.dictionary, ...english.dictionary, ...german.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return (passphrase) => {
    const result = zxcvbn.check(passphrase, appWords);
    const { warning, suggestions } = result.feedback;
    return { score: result.score, warning: isWarning(warning) ? warning : null, suggestions: suggestions.filter(isSuggestion) };
  };
}

/** The strength check, loading the dictionaries on first use; a failed load is tried again next time. */
export function loadStrengthCheck(): Promise<StrengthCheck> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * The words of the case and its sharing in the export's language: field labels and codes'
 * words from the referrals' and agreements' own vocabularies, so the export calls things
 * what the case page calls them. A code without a word (from a newer version) stays a code.
 */
import enAgreements from '../../../../locales/en/agreements.json';
import enReferrals from '../../../../locales/en/referrals.json';
import deAgreements from '../../../../locales/de/agreements.json';
import deReferrals from '../../../../locales/de/referrals.json';
import type { Language } from '../../i18n/language';

const bundles = {
  en: { referrals: enReferrals, agreements: enAgreements },
  de: { referrals: deReferrals, agreements: deAgreements },
} as const;

type Namespace = keyof (typeof bundles)['en'];

function lookup(tree: unknown, path: readonly string[]): string | undefined {
  let node = tree;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export interface Vocabulary {
  /** "referrals", ["vocab", "risk", "high"] → "High"; `fallback` when there is no such word. */
  word(namespace: Namespace, path: readonly string[], fallback: string): string;
}

export function vocabularyFor(language: Language): Vocabulary {
  return {
    word: (namespace, path, fallback) => lookup(bundles[language][namespace], path) ?? fallback,
  };
}

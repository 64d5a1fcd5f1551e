/**
 * A sentence whose last word is a value that already ends in a period ("Vielfalt leben e. V.",
 * "Müller GmbH & Co. KG.") would end in two: "…: Vielfalt leben e. V.. Handelt es sich …".
 * Every translation ("{{names}}.") would have to know which values end in a period, so this
 * post-processor, applied to every text of every i18next instance, says the period once.
 * Exactly two periods only: an ellipsis written as three stays as it is.
 */
import type { PostProcessorModule } from 'i18next';

export function singleSentencePeriod(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}

export const sentenceEndProcessor: PostProcessorModule = {
  type: 'postProcessor',
  name: 'sentenceEnd',
  process: (value: string) => singleSentencePeriod(value),
};

/** Init options that apply it to every text. */
export const sentenceEndOptions = { postProcess: ['sentenceEnd'] } as const;

import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { initTranslations } from '../../../renderer/src/i18n';
import { singleSentencePeriod } from '../../../renderer/src/i18n/sentence-end';

describe('a name ending in a period at the end of a sentence', () => {
  it('is followed by one period, not two, in the app’s texts', async () => {
    const i18n = await initTranslations(createInstance(), 'de');
    expect(i18n.t('partners:duplicate', { names: 'Vielfalt leben e. V.' })).toBe(
      'Es gibt bereits eine Partnerorganisation mit diesem Namen: Vielfalt leben e. V. Handelt es sich um eine andere Stelle, können Sie trotzdem speichern.',
    );
    await i18n.changeLanguage('en');
    expect(i18n.t('partners:duplicate', { names: 'Acme Ltd.' })).toMatch(/^A partner .*: Acme Ltd\. You can still save/);
  });

  it('leaves an ellipsis and a name in the middle of a sentence alone', () => {
    expect(singleSentencePeriod('Warten...')).toBe('Warten...');
    expect(singleSentencePeriod('Vielfalt leben e. V. und Polizei.')).toBe('Vielfalt leben e. V. und Polizei.');
    expect(singleSentencePeriod('Gespeichert: Vielfalt leben e. V..')).toBe('Gespeichert: Vielfalt leben e. V.');
  });
});

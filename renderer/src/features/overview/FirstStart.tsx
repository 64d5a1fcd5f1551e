import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { exampleNetwork, settings } from '../../storage';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { Section } from '../../ui/Section';

/** The first screen of an empty database: start empty, or load the example network. */
export function FirstStart() {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);

  const choose = async (choice: 'empty' | 'example') => {
    setBusy(true);
    try {
      if (choice === 'example') {
        // Partners, meetings, actions, a case and an agreement: every part of the app has something to show.
        const loaded = await exampleNetwork.load(language);
        notify('success', t('firstStart.exampleLoadedWithActivity', { partners: loaded.partners, meetings: loaded.meetings, actions: loaded.actions }));
      }
      await settings.set('onboarding', choice);
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('firstStart.title')}>
      <p className="muted">{t('firstStart.body')}</p>
      <p className="section-title">
        <strong>{t('firstStart.question')}</strong>
      </p>
      <div className="choices">
        <button type="button" className="button choice" disabled={busy} onClick={() => choose('empty')}>
          {t('firstStart.empty')}
          <span>{t('firstStart.emptyHint')}</span>
        </button>
        <button type="button" className="button primary choice" disabled={busy} onClick={() => choose('example')}>
          {t('firstStart.example')}
          <span>
            {t('firstStart.exampleHint')} {t('firstStart.exampleIncludes')}
          </span>
        </button>
      </div>
    </Section>
  );
}

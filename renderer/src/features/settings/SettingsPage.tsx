import { useTranslation } from 'react-i18next';
import { changeLanguage, useLanguage } from '../../i18n';
import { languages, type Language } from '../../i18n/language';
import { platform } from '../../platform';
import { backups, settings, useLive } from '../../storage';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { Section } from '../../ui/Section';
import { AuditCheckSection } from './AuditCheckSection';
import { BackupSection } from './BackupSection';
import { LocalUserSection } from './LocalUserSection';
import { NetworkNameSection } from './NetworkNameSection';
import { RetentionSection } from './RetentionSection';
import { SecuritySection } from './SecuritySection';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const version = useLive(() => platform.version());
  // Read with the number of restores so far: after a restore the forms start again from the
  // restored values (keyed by it), and key and value always come from the same read.
  const saved = useLive(async () => ({
    networkName: (await settings.get('networkName')) ?? '',
    localUser: (await settings.get('localUser')) ?? null,
    restores: backups.getState().restores,
  }));

  const choose = async (next: Language) => {
    try {
      // Save first: a language that could not be remembered would silently revert.
      await settings.set('language', next);
      await changeLanguage(next);
      await platform.setLanguage(next).catch(() => undefined);
      notify('success', t('language.changed', { lng: next }));
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };

  return (
    <>
      <PageHeading title={t('title')} />
      {saved && <NetworkNameSection key={`network-${saved.restores}`} saved={saved.networkName} />}
      {saved && <LocalUserSection key={`user-${saved.restores}`} saved={saved.localUser} />}
      <Section title={t('language.title')}>
        <fieldset className="stack">
          <legend>{t('language.label')}</legend>
          <div className="row">
            {languages.map((option) => (
              <label key={option} className="checkbox">
                <input autoComplete="off" type="radio" name="language" value={option} checked={language === option} onChange={() => choose(option)} />
                <span lang={option}>{t(`language.${option}`)}</span>
              </label>
            ))}
          </div>
          <p className="hint muted">{t('language.hint')}</p>
        </fieldset>
      </Section>
      <BackupSection />
      {saved && <RetentionSection key={`retention-${saved.restores}`} />}
      <SecuritySection />
      <AuditCheckSection />
      <Section title={t('about.title')}>
        <dl className="definition">
          <dt>{t('about.edition')}</dt>
          <dd>{platform.kind === 'desktop' ? t('about.desktop') : t('about.web')}</dd>
          <dt>{t('about.versionLabel')}</dt>
          <dd>{version ?? ''}</dd>
        </dl>
        <p className="muted">{t('about.storage')}</p>
      </Section>
    </>
  );
}

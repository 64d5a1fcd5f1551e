import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lockNow } from '../../app/session/lock';
import { DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_CHOICES, type IdleLockMinutes } from '../../domain/session';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { platform } from '../../platform';
import { settings, useLive, vault } from '../../storage';
import { SelectField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { ChangePassphraseDialog } from './ChangePassphraseDialog';
import { QuickUnlockSetting } from './QuickUnlockSetting';
import './security.css';

/** Settings → Security: the passphrase, when the app locks by itself, quick unlock (desktop), and Lock now. */
export function SecuritySection() {
  const { t } = useTranslation('session');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [changing, setChanging] = useState(false);
  const idleMinutes = useLive(async () => (await settings.get('idleLockMinutes')) ?? DEFAULT_IDLE_LOCK_MINUTES);
  // Re-read after a change of passphrase (the dialog closes then).
  const passphraseSetAt = changing ? undefined : vault.keyring()?.passphraseSetAt;

  const chooseIdle = async (minutes: IdleLockMinutes) => {
    try {
      await settings.set('idleLockMinutes', minutes);
      notify('success', t('security.idle.saved', { count: minutes }));
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };

  return (
    <Section title={t('security.title')}>
      <div className="stack">
        <p className="muted">{t('security.intro')}</p>
        <div className="security-row">
          <div>
            <h3>{t('security.passphrase.title')}</h3>
            {passphraseSetAt && <p className="muted">{t('security.passphrase.setAt', { date: formatDateTime(passphraseSetAt, language) })}</p>}
          </div>
          <button type="button" className="button" onClick={() => setChanging(true)}>
            {t('security.passphrase.change')}
          </button>
        </div>
        {idleMinutes !== undefined && (
          <SelectField
            label={t('security.idle.label')}
            hint={t('security.idle.hint')}
            className="idle-field"
            value={idleMinutes}
            onChange={(event) => chooseIdle(Number(event.target.value) as IdleLockMinutes)}
          >
            {IDLE_LOCK_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('security.idle.option', { count: minutes })}
              </option>
            ))}
          </SelectField>
        )}
        {platform.quickUnlock && <QuickUnlockSetting quickUnlock={platform.quickUnlock} />}
        <div className="security-row">
          <p className="muted">{t('security.lockNowHint')}</p>
          <button type="button" className="button" onClick={() => lockNow('manual')}>
            {t('security.lockNow')}
          </button>
        </div>
      </div>
      <ChangePassphraseDialog
        isOpen={changing}
        onClose={(changed) => {
          setChanging(false);
          if (changed) notify('success', t('security.passphrase.changed'));
        }}
      />
    </Section>
  );
}

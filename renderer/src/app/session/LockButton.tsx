import { useTranslation } from 'react-i18next';
import { lockNow } from './lock';
import './session.css';

const onMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The sidebar's Lock button, with its shortcut. */
export function LockButton() {
  const { t } = useTranslation('session');
  return (
    <button type="button" className="button lock-button" onClick={() => lockNow('manual')} aria-keyshortcuts={onMac ? 'Meta+L' : 'Control+L'}>
      <span>{t('lockButton')}</span>
      <kbd aria-hidden="true">{onMac ? '⌘L' : t('lockShortcut')}</kbd>
    </button>
  );
}

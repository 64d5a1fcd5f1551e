import { useEffect } from 'react';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../domain/session';
import { platform } from '../../platform';
import { settings, useLive } from '../../storage';
import { watchIdle } from './idle-timer';
import { lockNow } from './lock';
import { isLockShortcut } from './lock-shortcut';

/**
 * While unlocked: locks after the idle time set in Settings, on Ctrl/Cmd+L, and when the
 * desktop shell asks (its menu, the computer going to sleep, the screen locking).
 */
export function SessionWatch() {
  // undefined while loading: the default applies until the setting is read.
  const minutes = useLive(async () => (await settings.get('idleLockMinutes')) ?? DEFAULT_IDLE_LOCK_MINUTES) ?? DEFAULT_IDLE_LOCK_MINUTES;

  useEffect(() => watchIdle({ timeoutMs: minutes * 60_000, onIdle: () => lockNow('idle') }), [minutes]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      // In a browser Ctrl+L would also jump to the address bar.
      event.preventDefault();
      lockNow('manual');
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  useEffect(() => platform.onLockRequest((reason) => lockNow(reason)), []);

  return null;
}

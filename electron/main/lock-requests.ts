/**
 * Asking the renderer to lock: from the menu (Ctrl/Cmd+L), when the OS goes to sleep, and
 * when the screen locks. Main only asks; the renderer drops its keys and decrypted caches.
 * It is one message on one channel (channels.ts#LOCK_REQUEST_CHANNEL) with the reason, sent to
 * the main window only.
 */
import type { PowerMonitor } from 'electron';
import { LOCK_REQUEST_CHANNEL, type LockReason } from '../channels';

/** The parts of the main window a lock request needs. */
export interface LockTarget {
  isDestroyed(): boolean;
  webContents: { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void };
}

export function sendLockRequest(target: LockTarget | null, reason: LockReason): void {
  // No window (macOS keeps running without one): nothing is unlocked, so nothing to lock.
  if (target === null || target.isDestroyed() || target.webContents.isDestroyed()) return;
  target.webContents.send(LOCK_REQUEST_CHANNEL, reason);
}

/**
 * 'lock-screen' is reported on macOS and Windows; 'suspend' everywhere. Both must be
 * subscribed after app 'ready'.
 */
export function lockOnSystemEvents(powerMonitor: Pick<PowerMonitor, 'on'>, requestLock: (reason: LockReason) => void): void {
  powerMonitor.on('suspend', () => requestLock('suspend'));
  powerMonitor.on('lock-screen', () => requestLock('lock-screen'));
}

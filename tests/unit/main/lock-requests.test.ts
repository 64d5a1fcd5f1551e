import { EventEmitter } from 'node:events';
import type { PowerMonitor } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { LOCK_REQUEST_CHANNEL } from '../../../electron/channels';
import { lockOnSystemEvents, sendLockRequest, type LockTarget } from '../../../electron/main/lock-requests';

function fakeWindow(options: { destroyed?: boolean; contentsDestroyed?: boolean } = {}) {
  const send = vi.fn();
  const target: LockTarget = {
    isDestroyed: () => options.destroyed ?? false,
    webContents: { isDestroyed: () => options.contentsDestroyed ?? false, send },
  };
  return { target, send };
}

describe('lock requests', () => {
  it('sends the reason to the main window on the one lock channel', () => {
    const { target, send } = fakeWindow();
    sendLockRequest(target, 'menu');
    expect(send).toHaveBeenCalledExactlyOnceWith(LOCK_REQUEST_CHANNEL, 'menu');
    expect(LOCK_REQUEST_CHANNEL).toBe('app:lock-requested');
  });

  it('does nothing without a live window', () => {
    expect(() => sendLockRequest(null, 'suspend')).not.toThrow();
    const closed = fakeWindow({ destroyed: true });
    sendLockRequest(closed.target, 'suspend');
    const crashed = fakeWindow({ contentsDestroyed: true });
    sendLockRequest(crashed.target, 'suspend');
    expect(closed.send).not.toHaveBeenCalled();
    expect(crashed.send).not.toHaveBeenCalled();
  });

  it('asks to lock when the OS suspends and when the screen locks, and on nothing else', () => {
    const powerMonitor = new EventEmitter();
    const requestLock = vi.fn();
    lockOnSystemEvents(powerMonitor as unknown as PowerMonitor, requestLock);
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    expect(requestLock).not.toHaveBeenCalled();
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    expect(requestLock.mock.calls).toEqual([['suspend'], ['lock-screen']]);
  });
});

import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, type FocusableWindow } from '../../../electron/main/single-instance';

function fakeApp(gotLock: boolean) {
  return Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
  });
}

function fakeWindow(minimized: boolean): FocusableWindow & Record<string, ReturnType<typeof vi.fn>> {
  return {
    isDestroyed: vi.fn(() => false),
    isMinimized: vi.fn(() => minimized),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('single instance', () => {
  it('a second instance quits and starts nothing', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as unknown as App, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('the first instance restores and focuses its window when launched again', () => {
    const app = fakeApp(true);
    const win = fakeWindow(true);
    expect(claimSingleInstance(app as unknown as App, () => win)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['roundtable'], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('ignores a second launch while no window exists', () => {
    const app = fakeApp(true);
    claimSingleInstance(app as unknown as App, () => null);
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow();
  });
});

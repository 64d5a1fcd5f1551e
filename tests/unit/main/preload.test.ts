import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels, LOCK_REQUEST_CHANNEL } from '../../../electron/channels';

const electron = vi.hoisted(() => {
  // A stand-in for ipcRenderer's events: main's webContents.send arrives as emit(channel, event, ...args).
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string) => ({ ok: true, value: channel })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      }),
    },
  };
});
vi.mock('electron', () => electron);

let api: Record<string, (...args: unknown[]) => Promise<unknown>>;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe('api');
  api = exposed;
});

describe('preload', () => {
  it('exposes exactly one method per channel and onLockRequest, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...Object.keys(channels), 'onLockRequest'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('on');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('freezes the API object', () => {
    expect(Object.isFrozen(api)).toBe(true);
  });

  it.each(Object.entries(channels))('%s invokes %s with its single argument', async (method, channel) => {
    electron.ipcRenderer.invoke.mockClear();
    const input = { probe: method };
    await expect(api[method]?.(input, 'smuggled')).resolves.toEqual({ ok: true, value: channel });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, input);
  });

  describe('onLockRequest', () => {
    const subscribe = (listener: unknown) => (api['onLockRequest'] as unknown as (listener: unknown) => () => void)(listener);
    const sendFromMain = (channel: string, ...args: unknown[]) => {
      const fakeEvent = { sender: electron.ipcRenderer };
      for (const listener of electron.listeners.get(channel) ?? []) listener(fakeEvent, ...args);
    };

    it('subscribes to the lock channel only, and passes on the reason alone', () => {
      electron.ipcRenderer.on.mockClear();
      const listener = vi.fn();
      const unsubscribe = subscribe(listener);
      expect(electron.ipcRenderer.on).toHaveBeenCalledExactlyOnceWith(LOCK_REQUEST_CHANNEL, expect.any(Function));
      sendFromMain(LOCK_REQUEST_CHANNEL, 'menu');
      sendFromMain(LOCK_REQUEST_CHANNEL, 'suspend', 'extra');
      sendFromMain(LOCK_REQUEST_CHANNEL, 'lock-screen');
      expect(listener.mock.calls).toEqual([['menu'], ['suspend'], ['lock-screen']]);
      unsubscribe();
    });

    it.each([['reboot'], [''], [42], [null], [undefined], [{ reason: 'menu' }], [['menu']]])('drops a lock request whose reason is %j', (reason) => {
      const listener = vi.fn();
      const unsubscribe = subscribe(listener);
      sendFromMain(LOCK_REQUEST_CHANNEL, reason);
      expect(listener).not.toHaveBeenCalled();
      unsubscribe();
    });

    it('returns an unsubscribe that stops exactly this listener', () => {
      const first = vi.fn();
      const second = vi.fn();
      const unsubscribeFirst = subscribe(first);
      const unsubscribeSecond = subscribe(second);
      unsubscribeFirst();
      sendFromMain(LOCK_REQUEST_CHANNEL, 'menu');
      expect(first).not.toHaveBeenCalled();
      expect(second).toHaveBeenCalledWith('menu');
      unsubscribeSecond();
      expect(electron.listeners.get(LOCK_REQUEST_CHANNEL)?.size).toBe(0);
    });

    it('refuses a listener that is not a function', () => {
      expect(() => subscribe('alert(1)')).toThrow(TypeError);
    });
  });

  it('imports nothing at runtime but electron and ../channels (sandboxed preload)', () => {
    const source = readFileSync(fileURLToPath(new URL('../../../electron/preload/index.ts', import.meta.url)), 'utf8');
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    expect(runtimeImports.sort()).toEqual(['../channels', 'electron']);
    expect(source).not.toMatch(/\brequire\(/);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../electron/channels';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string) => ({ ok: true, value: channel })) },
}));
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
  it('exposes exactly one method per channel, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual(Object.keys(channels).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
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

  it('imports nothing at runtime but electron and ../channels (sandboxed preload)', () => {
    const source = readFileSync(fileURLToPath(new URL('../../../electron/preload/index.ts', import.meta.url)), 'utf8');
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    expect(runtimeImports.sort()).toEqual(['../channels', 'electron']);
    expect(source).not.toMatch(/\brequire\(/);
  });
});

// @vitest-environment jsdom
/**
 * Quick unlock in the UI, with a stand-in for the desktop's secret store: Settings says why it
 * is not offered where the key would lie in plain text; turning it on asks for the passphrase
 * and hands the store this keyring's data key; the lock screen then offers it, only on request.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SessionGate } from '../../../renderer/src/app/session/SessionGate';
import { QuickUnlockSetting } from '../../../renderer/src/features/settings/QuickUnlockSetting';
import { initI18n } from '../../../renderer/src/i18n';
import { platform } from '../../../renderer/src/platform';
import type { QuickUnlock } from '../../../renderer/src/platform/types';
import { startStorage, vault } from '../../../renderer/src/storage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no CSS.escape, which react-aria's modal uses.
(globalThis as { CSS?: Pick<typeof CSS, 'escape'> }).CSS ??= { escape: (value: string) => value.replace(/[^\w-]/g, '\\$&') };

const passphrase = 'Laterne Fahrrad Quittenbaum 42';
let root: Root | undefined;

/** A secret store that keeps the key it is given, as safeStorage would. */
function fakeStore(availability: Awaited<ReturnType<QuickUnlock['availability']>> = { available: true }) {
  let kept: Uint8Array<ArrayBuffer> | null = null;
  const store: QuickUnlock = {
    availability: vi.fn(async () => availability),
    isEnabled: vi.fn(async () => kept !== null),
    enable: vi.fn(async (key: Uint8Array<ArrayBuffer>) => {
      kept = key.slice();
    }),
    unlock: vi.fn(async () => kept?.slice() ?? null),
    disable: vi.fn(async () => {
      kept = null;
    }),
  };
  return store;
}

async function settle(): Promise<void> {
  for (let round = 0; round < 8; round += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
}

async function render(element: React.ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(element));
  await settle();
  return container;
}

function type(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

beforeAll(async () => {
  await initI18n('en');
  await startStorage();
  await vault.setUp(passphrase);
});
afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  platform.quickUnlock = undefined;
});

describe('quick unlock', () => {
  it('is not offered where the OS would keep the key in plain text, and says so', async () => {
    const store = fakeStore({ available: false, reason: 'plain-text-store' });
    const container = await render(<QuickUnlockSetting quickUnlock={store} />);
    expect(container.textContent).toContain('its secret store would keep the key in plain text');
    expect(container.querySelector('input[type="checkbox"]')).toBeNull();
  });

  it('asks for the passphrase, hands the store the data key, and is then offered on the lock screen', async () => {
    const store = fakeStore();
    const container = await render(<QuickUnlockSetting quickUnlock={store} />);
    const toggle = container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(toggle.checked).toBe(false);
    await act(async () => toggle.click());
    await settle();

    const field = document.querySelector<HTMLInputElement>('[role="dialog"] input[type="password"]')!;
    await act(async () => type(field, 'nicht die Passphrase'));
    await act(async () => button('Turn on').click());
    await settle();
    expect(document.querySelector('[role="dialog"]')?.textContent).toContain('The current passphrase is not right.');
    expect(store.enable).not.toHaveBeenCalled();

    await act(async () => type(document.querySelector<HTMLInputElement>('[role="dialog"] input[type="password"]')!, passphrase));
    await act(async () => button('Turn on').click());
    await settle();
    expect(store.enable).toHaveBeenCalledTimes(1);
    expect(vi.mocked(store.enable).mock.calls[0]![0]).toHaveLength(32);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(container.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
    await act(async () => root!.unmount());
    root = undefined;

    // Locked: the button is there, but nothing was tried by itself.
    platform.quickUnlock = store;
    vault.lock('manual');
    const gate = await render(
      <SessionGate>
        <p className="pages">the pages</p>
      </SessionGate>,
    );
    expect(store.unlock).not.toHaveBeenCalled();
    await act(async () => button('Unlock with this computer’s login').click());
    await settle();
    expect(store.unlock).toHaveBeenCalledTimes(1);
    expect(vault.getState()).toEqual({ status: 'unlocked' });
    expect(gate.querySelector('.pages')).not.toBeNull();
  });

  it('says so when the store gives nothing back, and stays locked', async () => {
    const store = fakeStore();
    store.isEnabled = vi.fn(async () => true);
    platform.quickUnlock = store;
    vault.lock('manual');
    const gate = await render(
      <SessionGate>
        <p className="pages">the pages</p>
      </SessionGate>,
    );
    await act(async () => button('Unlock with this computer’s login').click());
    await settle();
    expect(gate.querySelector('[role="alert"]')?.textContent).toContain('Quick unlock did not work');
    expect(vault.getState()).toMatchObject({ status: 'locked' });
  });
});

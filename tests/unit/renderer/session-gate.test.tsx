// @vitest-environment jsdom
/**
 * The session gate with the app's own vault (fake IndexedDB): the pages exist only while
 * unlocked, locking unmounts them (and with them every decrypted value React held), and the
 * lock screen says why it locked and refuses a wrong passphrase with a message.
 */
import 'fake-indexeddb/auto';
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionGate } from '../../../renderer/src/app/session/SessionGate';
import { initI18n } from '../../../renderer/src/i18n';
import { startStorage, vault } from '../../../renderer/src/storage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const passphrase = 'Laterne Fahrrad Quittenbaum 42';
const mounted = { count: 0, unmounted: 0 };
let root: Root;
let container: HTMLElement;

/** Stands for the app's pages: counts its mounts and unmounts. */
function Pages() {
  useEffect(() => {
    mounted.count += 1;
    return () => {
      mounted.unmounted += 1;
    };
  }, []);
  return <p className="pages">the pages</p>;
}

async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
}

/** Types into a React-controlled input as a user would (React listens for the input event). */
function type(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeAll(async () => {
  await initI18n('en');
  await startStorage();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <SessionGate>
        <Pages />
      </SessionGate>,
    ),
  );
});
afterAll(async () => {
  await act(async () => root.unmount());
});

describe('the session gate', () => {
  it('shows the first start, not the pages, while there is no passphrase', () => {
    expect(vault.getState()).toEqual({ status: 'new' });
    expect(container.querySelector('h1')?.textContent).toBe('Protect your network’s data');
    expect(container.querySelector('.pages')).toBeNull();
  });

  it('mounts the pages once unlocked, and unmounts them when it locks', async () => {
    await act(async () => {
      await vault.setUp(passphrase);
    });
    expect(container.querySelector('.pages')).not.toBeNull();
    expect(mounted).toEqual({ count: 1, unmounted: 0 });

    await act(async () => vault.lock('idle'));
    expect(container.querySelector('.pages')).toBeNull();
    expect(mounted.unmounted).toBe(1);
    expect(container.querySelector('h1')?.textContent).toBe('Roundtable is locked');
    expect(container.textContent).toContain('Roundtable locked itself because it was not used for a while.');
    expect(document.title).toBe('Roundtable is locked – Roundtable');
  });

  it('removes a print frame left with a document in it', async () => {
    await act(async () => {
      await vault.unlock(passphrase);
    });
    const frame = document.createElement('iframe');
    frame.name = 'roundtable-print';
    document.body.append(frame);
    await act(async () => vault.lock('manual'));
    expect(document.querySelector('iframe[name="roundtable-print"]')).toBeNull();
  });

  it('says a wrong passphrase is wrong, and opens with the right one', async () => {
    const input = container.querySelector<HTMLInputElement>('input[type="password"]')!;
    expect(input.getAttribute('autocomplete')).toBe('off');
    await act(async () => type(input, 'nicht die richtige Passphrase'));
    await act(async () => container.querySelector('form')!.requestSubmit());
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('That passphrase is not right.');
    expect(container.querySelector('.pages')).toBeNull();

    await act(async () => type(container.querySelector<HTMLInputElement>('input[type="password"]')!, passphrase));
    await act(async () => container.querySelector('form')!.requestSubmit());
    await settle();
    expect(container.querySelector('.pages')).not.toBeNull();
  });

  it('locks on Ctrl+L while unlocked', async () => {
    const event = new KeyboardEvent('keydown', { key: 'l', ctrlKey: true, bubbles: true, cancelable: true });
    await act(async () => window.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true);
    expect(vault.getState()).toMatchObject({ status: 'locked', cause: 'manual' });
    expect(container.querySelector('.pages')).toBeNull();
  });
});

// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../renderer/src/app/ErrorBoundary';
import { changeLanguage, initI18n } from '../../../renderer/src/i18n';
import { StorageError } from '../../../renderer/src/storage/errors';

// React warns when act() runs outside its test environment flag.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Thrower({ error }: { error: unknown }): never {
  throw error;
}

async function render(error: unknown): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    createRoot(container).render(
      <ErrorBoundary>
        <Thrower error={error} />
      </ErrorBoundary>,
    );
  });
  return container;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('error boundary', () => {
  it('shows a translated message and a reload button instead of a blank window', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await initI18n('de');
    const container = await render(new Error('boom'));
    expect(container.querySelector('h1')?.textContent).toBe('Etwas ist schiefgelaufen');
    expect(container.textContent).toContain('Ihre gespeicherten Daten sind davon nicht betroffen.');
    expect(container.querySelector('button')?.textContent).toBe('Neu laden');
  });

  it('names the storage problem and what to do, in English too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await initI18n('en');
    await changeLanguage('en');
    const container = await render(new StorageError('quota', new DOMException('full', 'QuotaExceededError')));
    expect(container.querySelector('h1')?.textContent).toBe('Your data could not be read or saved');
    expect(container.textContent).toContain('Free some disk space, then try again. Nothing was changed.');
  });
});

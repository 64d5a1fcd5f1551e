import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/tokens.css';
import './ui/base.css';
import { App } from './app/App';
import { ErrorScreen } from './app/ErrorScreen';
import { initI18n } from './i18n';
import { languageFromLocale } from './i18n/language';
import { platform } from './platform';
import { classifyStorageError, openStorage, settings, StorageError } from './storage';

/**
 * Start-up: open the database first (a failure is shown once, translated, instead of by
 * whichever screen reads first), then pick the language: the saved choice, else the OS's.
 */
async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    await openStorage();
    const saved = await settings.get('language');
    const language = saved ?? languageFromLocale(await platform.osLocale().catch(() => navigator.language));
    await initI18n(language);
    void platform.setLanguage(language).catch(() => undefined);
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  } catch (error) {
    await initI18n(languageFromLocale(navigator.language));
    const problem = error instanceof StorageError ? error : new StorageError(classifyStorageError(error), error);
    root.render(<ErrorScreen error={problem} />);
  }
}

void start();

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/tokens.css';
import './ui/base.css';
import { App } from './app/App';
import { ErrorScreen } from './app/ErrorScreen';
import { initI18n } from './i18n';
import { languageFromLocale } from './i18n/language';
import { platform } from './platform';
import { classifyStorageError, startStorage, StorageError } from './storage';

/**
 * Start-up: find out what the database holds (nothing yet, data from before encryption, or
 * data to unlock; a failure is shown once, translated), then pick the language, which is
 * readable before unlocking: the saved choice, else the OS's. The session gate (App) takes
 * it from there.
 */
async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const { language: saved } = await startStorage();
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

import { useEffect } from 'react';
import { I18nProvider } from 'react-aria-components';
import { createHashRouter, RouterProvider } from 'react-router';
import { localeOf } from '../i18n/language';
import { useLanguage } from '../i18n';
import { NoticeProvider } from '../ui/notices';
import { ErrorBoundary } from './ErrorBoundary';
import { preloadPages, routes } from './routes';

// Hash history: works from app:// in Electron and from any static server in the browser.
const router = createHashRouter(routes);

export function App() {
  const language = useLanguage();
  // Once the first screen is up, fetch the other pages' code while the user reads it.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => preloadPages());
  }, []);
  return (
    <ErrorBoundary>
      <I18nProvider locale={localeOf(language)}>
        <NoticeProvider>
          <RouterProvider router={router} />
        </NoticeProvider>
      </I18nProvider>
    </ErrorBoundary>
  );
}

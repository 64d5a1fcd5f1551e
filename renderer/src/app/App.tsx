import { useEffect, useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { createHashRouter, RouterProvider } from 'react-router';
import { localeOf } from '../i18n/language';
import { useLanguage } from '../i18n';
import { NoticeProvider } from '../ui/notices';
import { ErrorBoundary } from './ErrorBoundary';
import { preloadPages, routes } from './routes';
import { SessionGate } from './session/SessionGate';

/**
 * The whole window: the session gate first (first start, lock screen), and the app's pages
 * only while unlocked. Locking unmounts the pages, their live queries and open dialogs.
 */
export function App() {
  const language = useLanguage();
  return (
    <ErrorBoundary>
      <I18nProvider locale={localeOf(language)}>
        <SessionGate>
          <UnlockedApp />
        </SessionGate>
      </I18nProvider>
    </ErrorBoundary>
  );
}

/**
 * The pages. The router is made for each unlocked session and disposed of when locking
 * unmounts it, so nothing of the session stays in its state; hash history keeps the address,
 * so unlocking returns to the same page.
 */
function UnlockedApp() {
  const [router, setRouter] = useState<ReturnType<typeof createHashRouter>>();
  useEffect(() => {
    // Hash history: works from app:// in Electron and from any static server in the browser.
    // Made in the effect, not in render: it subscribes to the window's history, and its
    // cleanup disposes of it (a StrictMode remount gets a fresh one, never a disposed one).
    const made = createHashRouter(routes);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the router is an external subscription, see above
    setRouter(made);
    return () => made.dispose();
  }, []);
  // Once the first screen is up, fetch the other pages' code while the user reads it.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => preloadPages());
  }, []);
  if (!router) return null;
  return (
    <NoticeProvider>
      <RouterProvider router={router} />
    </NoticeProvider>
  );
}

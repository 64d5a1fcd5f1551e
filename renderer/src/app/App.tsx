import { I18nProvider } from 'react-aria-components';
import { createHashRouter, RouterProvider } from 'react-router';
import { localeOf } from '../i18n/language';
import { useLanguage } from '../i18n';
import { NoticeProvider } from '../ui/notices';
import { ErrorBoundary } from './ErrorBoundary';
import { routes } from './routes';

// Hash history: works from app:// in Electron and from any static server in the browser.
const router = createHashRouter(routes);

export function App() {
  const language = useLanguage();
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

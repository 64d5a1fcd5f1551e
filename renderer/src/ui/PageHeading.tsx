/**
 * The page's <h1>. It sets the window title and takes focus when the page opens, so
 * keyboard and screen-reader users land at the top of the new page, not the old link.
 *
 * The browser writes every window title into its History and Sessions files, on disk and
 * out of reach of the app's encryption. So a heading that shows record text (a partner's
 * name, a meeting's title) gives a `windowTitle` that only names the kind of page
 * ("Meeting"); lint asks for one wherever the title is more than a fixed translation.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeadingProps {
  title: string;
  /** The window title, when `title` holds record text: what kind of page, never whose or which. */
  windowTitle?: string;
  intro?: string;
  actions?: ReactNode;
}

export function PageHeading({ title, windowTitle, intro, actions }: PageHeadingProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const shownInWindow = windowTitle ?? title;
  useEffect(() => {
    document.title = `${shownInWindow} – ${t('appName')}`;
  }, [shownInWindow, t]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="page-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {intro && <p>{intro}</p>}
      </div>
      {actions && <div className="row">{actions}</div>}
    </header>
  );
}

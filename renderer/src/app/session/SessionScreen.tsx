import { useEffect, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './session.css';

/**
 * The frame of every screen shown while the app's pages are not: the first start, the
 * recovery key and the lock screen. A single calm card with the app's name; the window title
 * says which screen it is, nothing more.
 */
export function SessionScreen({ title, wide, children }: { title: string; wide?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  useEffect(() => {
    document.title = `${title} – ${t('appName')}`;
  }, [title, t]);
  return (
    <div className="session-screen">
      <main className={wide ? 'session-card card wide' : 'session-card card'} aria-labelledby={headingId}>
        <p className="session-brand">
          <strong>{t('appName')}</strong>
          <span>{t('tagline')}</span>
        </p>
        <h1 id={headingId}>{title}</h1>
        {children}
      </main>
    </div>
  );
}

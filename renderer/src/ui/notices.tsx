/**
 * Short notifications ("Partner saved", "Saving failed") in a polite live region.
 * Successes fade after a few seconds; errors stay until dismissed, so none is missed.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type NoticeKind = 'success' | 'error';
interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

const NoticeContext = createContext<(kind: NoticeKind, text: string) => void>(() => undefined);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((notice) => notice.id !== id)), []);
  const notify = useCallback(
    (kind: NoticeKind, text: string) => {
      const id = nextId.current++;
      setNotices((list) => [...list.slice(-2), { id, kind, text }]);
      if (kind === 'success') setTimeout(() => dismiss(id), 5000);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <ul className="notices" aria-live="polite" aria-label={t('notices.label')}>
        {notices.map((notice) => (
          <li key={notice.id} className={notice.kind} role={notice.kind === 'error' ? 'alert' : 'status'}>
            <span>{notice.text}</span>
            <button type="button" className="button quiet" onClick={() => dismiss(notice.id)} aria-label={t('notices.dismiss')}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </NoticeContext.Provider>
  );
}

export function useNotify() {
  return useContext(NoticeContext);
}

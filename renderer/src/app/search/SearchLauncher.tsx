/**
 * The shell's search field: opens the one search (SearchDialog), as does Ctrl/Cmd+K from
 * anywhere in the app. It looks like a field and says its shortcut.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchDialog } from './SearchDialog';
import { isSearchShortcut } from './search-shortcut';
import './search.css';

const onMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function SearchLauncher() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      // In a browser Ctrl+K would also jump to the browser's own search.
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  return (
    <>
      <button type="button" className="search-launcher" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-keyshortcuts={onMac ? 'Meta+K' : 'Control+K'}>
        <svg className="search-launcher-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="6.5" cy="6.5" r="4.5" />
          <line x1="10" y1="10" x2="14" y2="14" />
        </svg>
        <span className="search-launcher-text">{t('search.launcher')}</span>
        <kbd aria-hidden="true">{onMac ? '⌘K' : t('search.shortcut')}</kbd>
      </button>
      <SearchDialog isOpen={open} onOpenChange={setOpen} />
    </>
  );
}

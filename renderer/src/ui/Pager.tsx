/**
 * Pages through a long list: "Items 51–100 of 10,000", previous and next, and optionally a
 * jump to an entry by its number. The caller owns the page (in the URL, so a reload keeps
 * it) and words the summary. Buttons at either end stay focusable (aria-disabled), so
 * pressing "Next" up to the last page never drops the keyboard focus.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatNumber } from '../i18n/format';
import { FieldMessage } from './FieldMessage';
import './pager.css';

interface PagerProps {
  /** Names the navigation landmark; two pagers on one page need different names. */
  label: string;
  summary: string;
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  /** Announce the summary when it changes (one pager per list, not both). */
  announce?: boolean;
  children?: ReactNode;
}

export function Pager({ label, summary, page, pageCount, onPage, announce = false, children }: PagerProps) {
  const { t } = useTranslation();
  const atStart = page <= 1;
  const atEnd = page >= pageCount;
  return (
    <nav className="pager" aria-label={label}>
      <p className="pager-summary" aria-live={announce ? 'polite' : undefined}>
        {summary}
      </p>
      <div className="pager-steps">
        <button type="button" className="button" aria-disabled={atStart || undefined} onClick={() => !atStart && onPage(page - 1)}>
          ← {t('pager.previous')}
        </button>
        <button type="button" className="button" aria-disabled={atEnd || undefined} onClick={() => !atEnd && onPage(page + 1)}>
          {t('pager.next')} →
        </button>
      </div>
      {children}
    </nav>
  );
}

/** "Go to item …": a number from 1 to `max`, checked before it moves anything. */
export function JumpToNumber({ label, max, onJump }: { label: string; max: number; onJump: (number: number) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      autoComplete="off"
      className="pager-jump"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // Accept the number as people write it, with or without thousands separators.
        const digits = value.replace(/[\s.,'’]/g, '');
        const number = /^\d{1,9}$/.test(digits) ? Number(digits) : NaN;
        if (!(number >= 1 && number <= max)) {
          setError(t('pager.jumpInvalid', { max: formatNumber(max, language) }));
          return;
        }
        setError(undefined);
        setValue('');
        onJump(number);
      }}
    >
      {/* Label, field and button on one line, so the pager keeps one height; the message goes below. */}
      <label htmlFor={`${id}-number`}>{label}</label>
      <input
        autoComplete="off"
        id={`${id}-number`}
        type="text"
        inputMode="numeric"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="button">
        {t('pager.jump')}
      </button>
      {error && <FieldMessage id={`${id}-error`} message={error} />}
    </form>
  );
}

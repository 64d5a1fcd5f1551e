import type { ReactNode } from 'react';

/**
 * A filter the address set that has no control of its own on the list (e.g. "the meetings
 * this partner was invited to", from a partner's page): said in words, with a way to drop it.
 */
export function ActiveFilterNotice({ children, clearLabel, onClear }: { children: ReactNode; clearLabel: string; onClear: () => void }) {
  return (
    <p className="notice active-filter" role="status">
      <span>{children}</span>{' '}
      <button type="button" className="button quiet" onClick={onClear}>
        {clearLabel}
      </button>
    </p>
  );
}

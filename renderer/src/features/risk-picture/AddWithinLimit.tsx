import { useId, useState } from 'react';
import { msg } from '../../domain/validation';
import { FieldMessage } from '../../ui/FieldMessage';

interface AddWithinLimitProps {
  label: string;
  /** How many there are, and how many may be; `adding` is how many one click adds. */
  count: number;
  max: number;
  adding?: number;
  onAdd: () => void;
  className?: string;
}

/**
 * An "add" button for a list with a limit: at the limit it adds nothing and says why (the
 * schema's "too many" message), rather than silently dropping what was added last.
 */
export function AddWithinLimit({ label, count, max, adding = 1, onAdd, className = 'button' }: AddWithinLimitProps) {
  const messageId = useId();
  const [refused, setRefused] = useState(false);
  const add = () => {
    if (count + adding > max) {
      setRefused(true);
      return;
    }
    setRefused(false);
    onAdd();
  };
  return (
    <div className="add-within-limit">
      <button type="button" className={className} onClick={add} aria-describedby={refused ? messageId : undefined}>
        {label}
      </button>
      {refused && count + adding > max && <FieldMessage id={messageId} message={msg('tooMany', { max })} />}
    </div>
  );
}

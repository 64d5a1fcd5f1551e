/**
 * Labelled form fields. Each wires its label, hint and error to the control with ids and
 * aria attributes, so screen readers announce what to fix. Text fields take a `limit` (from
 * the schema's `limits`): they never cut text, they count it (see LengthCounter).
 *
 * Every control opts out of autocomplete, and callers cannot opt back in: the browser would
 * otherwise keep what was typed (names, e-mail addresses, search text) in its own autofill
 * database (Chromium's `Web Data`) and in the session it restores, in plaintext, outside
 * the app's encrypted records.
 */
import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { FieldMessage } from './FieldMessage';
import { isNearLimit, LengthCounter, useCountedLength } from './LengthCounter';

interface FieldFrameProps {
  label: string;
  /** For a control whose column or row already says what it is (a table cell): read, not shown. */
  hideLabel?: boolean;
  hint?: string;
  error?: string;
  warning?: ReactNode;
  className?: string;
  /** The text's limit and its counted length: a counter near it, an error over it. */
  length?: { limit: number; value: number };
  children: (ids: { control: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

function FieldFrame({ label, hideLabel, hint, error, warning, className, length, children }: FieldFrameProps) {
  const base = useId();
  const control = `${base}-control`;
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const warningId = warning ? `${base}-warning` : undefined;
  const counterId = `${base}-counter`;
  const counterShown = length !== undefined && isNearLimit(length.value, length.limit);
  const over = length !== undefined && length.value > length.limit;
  const describedBy = [errorId, counterShown ? counterId : undefined, warningId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={control} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children({ control, describedBy, invalid: Boolean(error) || over })}
      {length && <LengthCounter id={counterId} length={length.value} limit={length.limit} />}
      {error && <FieldMessage id={errorId!} message={error} />}
      {warning && (
        <span id={warningId} className="warning" role="status">
          {warning}
        </span>
      )}
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
    </div>
  );
}

type Common = Omit<FieldFrameProps, 'children' | 'length'>;

/** The control's own attributes, less the one that would let the browser keep what is typed. */
type ControlAttributes<A> = Omit<A, 'autoComplete'>;

interface TextLimit<E> {
  /** The most characters the schema takes (a `limits` entry); shows the counter. */
  limit?: number;
  ref?: Ref<E>;
}

/** Hands the element to the caller's ref too (react-hook-form's `register` needs it). */
function passRef<E>(ref: Ref<E> | undefined, node: E | null): void {
  if (typeof ref === 'function') ref(node);
  else if (ref) ref.current = node;
}

export function TextField({
  label,
  hideLabel,
  hint,
  error,
  warning,
  className,
  limit,
  ref,
  ...input
}: Common & TextLimit<HTMLInputElement> & ControlAttributes<InputHTMLAttributes<HTMLInputElement>>) {
  const [length, attach] = useCountedLength(input.value);
  const share = (node: HTMLInputElement | null) => {
    attach(node);
    passRef(ref, node);
  };
  return (
    <FieldFrame
      label={label}
      hideLabel={hideLabel}
      hint={hint}
      error={error}
      warning={warning}
      className={className}
      length={limit === undefined ? undefined : { limit, value: length }}
    >
      {({ control, describedBy, invalid }) => (
        <input type="text" id={control} aria-describedby={describedBy} aria-invalid={invalid || undefined} ref={share} {...input} autoComplete="off" />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  hideLabel,
  hint,
  error,
  warning,
  className,
  limit,
  ref,
  ...input
}: Common & TextLimit<HTMLTextAreaElement> & ControlAttributes<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const [length, attach] = useCountedLength(input.value);
  const share = (node: HTMLTextAreaElement | null) => {
    attach(node);
    passRef(ref, node);
  };
  return (
    <FieldFrame
      label={label}
      hideLabel={hideLabel}
      hint={hint}
      error={error}
      warning={warning}
      className={className}
      length={limit === undefined ? undefined : { limit, value: length }}
    >
      {({ control, describedBy, invalid }) => (
        <textarea id={control} aria-describedby={describedBy} aria-invalid={invalid || undefined} ref={share} {...input} autoComplete="off" />
      )}
    </FieldFrame>
  );
}

export function SelectField({
  label,
  hideLabel,
  hint,
  error,
  warning,
  className,
  children,
  ...select
}: Common & ControlAttributes<SelectHTMLAttributes<HTMLSelectElement>>) {
  return (
    <FieldFrame label={label} hideLabel={hideLabel} hint={hint} error={error} warning={warning} className={className}>
      {({ control, describedBy, invalid }) => (
        <select id={control} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...select} autoComplete="off">
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

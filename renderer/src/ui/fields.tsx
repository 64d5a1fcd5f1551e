/**
 * Labelled form fields. Each wires its label, hint and error to the control with ids and
 * aria attributes, so screen readers announce what to fix.
 */
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { FieldMessage } from './FieldMessage';

interface FieldFrameProps {
  label: string;
  hint?: string;
  error?: string;
  warning?: ReactNode;
  className?: string;
  children: (ids: { control: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

function FieldFrame({ label, hint, error, warning, className, children }: FieldFrameProps) {
  const base = useId();
  const control = `${base}-control`;
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const warningId = warning ? `${base}-warning` : undefined;
  const describedBy = [errorId, warningId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={control}>{label}</label>
      {children({ control, describedBy, invalid: Boolean(error) })}
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

type Common = Omit<FieldFrameProps, 'children'>;

export function TextField({ label, hint, error, warning, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} warning={warning} className={className}>
      {({ control, describedBy, invalid }) => (
        <input type="text" id={control} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({ label, hint, error, warning, className, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} warning={warning} className={className}>
      {({ control, describedBy, invalid }) => (
        <textarea id={control} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} />
      )}
    </FieldFrame>
  );
}

export function SelectField({ label, hint, error, warning, className, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} warning={warning} className={className}>
      {({ control, describedBy, invalid }) => (
        <select id={control} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

import { useId } from 'react';
import { FieldMessage } from './FieldMessage';

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  label: (option: T) => string;
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string;
}

/** A labelled group of checkboxes for a multi-select (concern types, partners involved). */
export function CheckboxGroup<T extends string>({ legend, options, label, value, onChange, error }: CheckboxGroupProps<T>) {
  const errorId = useId();
  return (
    <fieldset className="checkbox-group" aria-describedby={error ? errorId : undefined} aria-invalid={Boolean(error) || undefined}>
      <legend>{legend}</legend>
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option} className="checkbox">
            <input
              autoComplete="off"
              type="checkbox"
              checked={value.includes(option)}
              onChange={(event) => onChange(event.target.checked ? [...value, option] : value.filter((entry) => entry !== option))}
            />
            {label(option)}
          </label>
        ))}
      </div>
      {error && <FieldMessage id={errorId} message={error} />}
    </fieldset>
  );
}

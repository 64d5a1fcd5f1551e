/**
 * A date picker localised to the UI language (react-aria-components: typed segments in
 * the locale's order, plus a calendar popover). Values are ISO dates ("2024-03-15") or "".
 */
import { parseDate, type CalendarDate } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { parseMessage } from '../domain/validation';

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  hint?: string;
  className?: string;
}

/**
 * Any well-formed date is shown as it is, even an implausible one like year 2 (a year
 * half typed): turning it into null would make the picker wipe the segments being typed.
 * Validation reports implausible dates; the picker only displays.
 */
function toCalendarDate(value: string): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

export function DateField({ label, value, onChange, onBlur, error, hint, className }: DateFieldProps) {
  const { t } = useTranslation('validation');
  const parsed = parseMessage(error);
  const errorText = parsed ? ('key' in parsed ? t(parsed.key, parsed.values ?? {}) : parsed.text) : undefined;
  return (
    <DatePicker
      className={['field', className].filter(Boolean).join(' ')}
      value={toCalendarDate(value)}
      onChange={(date) => onChange(date ? date.toString() : '')}
      onBlur={onBlur}
      isInvalid={Boolean(errorText)}
      granularity="day"
    >
      <Label>{label}</Label>
      <Group className="date-group">
        <DateInput className="date-input">{(segment) => <DateSegment className="date-segment" segment={segment} />}</DateInput>
        <Button className="button quiet" aria-label={label}>
          ▾
        </Button>
      </Group>
      {hint && (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      )}
      <FieldError className="error">{errorText}</FieldError>
      <Popover className="popover">
        <Dialog aria-label={label}>
          <Calendar className="calendar">
            <header>
              <Button slot="previous" className="button quiet">
                ‹
              </Button>
              <Heading />
              <Button slot="next" className="button quiet">
                ›
              </Button>
            </header>
            <CalendarGrid>{(date) => <CalendarCell className="calendar-cell" date={date} />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}

/**
 * A date picker localised to the UI language (react-aria-components: typed segments in
 * the locale's order, plus a calendar popover). Values are ISO dates ("2024-03-15") or "".
 */
import { parseDate, parseDateTime, type CalendarDate, type CalendarDateTime } from '@internationalized/date';
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
  /** 'day' for dates ("2024-03-15"), 'minute' for date and time ("2024-03-15T14:30"). */
  granularity?: 'day' | 'minute';
}

/**
 * Any well-formed date is shown as it is, even an implausible one like year 2 (a year
 * half typed): turning it into null would make the picker wipe the segments being typed.
 * Validation reports implausible dates; the picker only displays.
 */
function toCalendarValue(value: string, granularity: 'day' | 'minute'): CalendarDate | CalendarDateTime | null {
  if (!value) return null;
  try {
    return granularity === 'day' ? parseDate(value) : parseDateTime(value);
  } catch {
    return null;
  }
}

/** Back to the form's string: a date, or date and time to the minute (no seconds). */
function fromCalendarValue(value: CalendarDate | CalendarDateTime | null, granularity: 'day' | 'minute'): string {
  if (!value) return '';
  return granularity === 'day' ? value.toString().slice(0, 10) : value.toString().slice(0, 16);
}

export function DateField({ label, value, onChange, onBlur, error, hint, className, granularity = 'day' }: DateFieldProps) {
  const { t } = useTranslation('validation');
  const parsed = parseMessage(error);
  const errorText = parsed ? ('key' in parsed ? t(parsed.key, parsed.values ?? {}) : parsed.text) : undefined;
  return (
    <DatePicker
      className={['field', className].filter(Boolean).join(' ')}
      value={toCalendarValue(value, granularity)}
      onChange={(date) => onChange(fromCalendarValue(date as CalendarDate | CalendarDateTime | null, granularity))}
      onBlur={onBlur}
      isInvalid={Boolean(errorText)}
      granularity={granularity}
      hourCycle={24}
      // The one date style everywhere: "01.12.2026", as lists and exports write it, not "1.12.2026".
      shouldForceLeadingZeros
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

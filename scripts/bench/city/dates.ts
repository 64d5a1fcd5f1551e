/** Calendar arithmetic on YYYY-MM-DD strings and UTC instants, for the generator. */
export const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDaysTo(isoDate: string, days: number): string {
  return dateOfDay(dayNumber(isoDate) + days);
}

/** An instant on `isoDate` at a UTC hour and minute. */
export function instantOn(isoDate: string, hour: number, minute = 0): string {
  return `${isoDate}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
}

export function addMinutes(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString();
}

export function laterOf(first: string, second: string): string {
  return first > second ? first : second;
}

export function earlierOf(first: string, second: string): string {
  return first < second ? first : second;
}

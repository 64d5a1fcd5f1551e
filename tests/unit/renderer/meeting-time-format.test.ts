import { describe, expect, it } from 'vitest';
import { machineTimeZone } from '../../../renderer/src/domain/zoned-time';
import { dateTimeFormat, formatDate, formatMeetingSpan, formatMeetingTime, formatWallClockSpan } from '../../../renderer/src/i18n/format';

// 16:00–18:00 in Berlin on 4 June 2026 (summer time, UTC+2).
const startsAt = '2026-06-04T14:00:00.000Z';
const endsAt = '2026-06-04T16:00:00.000Z';

/** The zone is named only where it is not this computer's: this suite runs in Berlin and in New York. */
const note = (zone: string) => (zone === machineTimeZone() ? '' : ` (${zone})`);

describe('meeting times on screen', () => {
  it('show the wall clock of the meeting’s zone, naming the zone when it is not this computer’s', () => {
    expect(formatMeetingTime(startsAt, 'Europe/Berlin', 'de')).toBe(`04.06.2026, 16:00${note('Europe/Berlin')}`);
    expect(formatMeetingTime(startsAt, 'Europe/Berlin', 'en')).toBe(`4 Jun 2026, 16:00${note('Europe/Berlin')}`);
    expect(formatMeetingTime('2026-06-04T20:00:00.000Z', 'America/New_York', 'en')).toBe(`4 Jun 2026, 16:00${note('America/New_York')}`);
  });

  it('show start and end, the date once when it is one day', () => {
    expect(formatMeetingSpan(startsAt, endsAt, 'Europe/Berlin', 'de')).toBe(`04.06.2026, 16:00–18:00${note('Europe/Berlin')}`);
    expect(formatMeetingSpan(startsAt, endsAt, 'Europe/Berlin', 'en')).toBe(`4 Jun 2026, 16:00–18:00${note('Europe/Berlin')}`);
    // 20:00–22:00 in New York is already the next day in UTC (and in Berlin): still one day on the meeting's clock.
    expect(formatMeetingSpan('2026-12-02T01:00:00.000Z', '2026-12-02T03:00:00.000Z', 'America/New_York', 'de')).toBe(
      `01.12.2026, 20:00–22:00${note('America/New_York')}`,
    );
  });

  it('show both dates when the meeting runs past midnight on its own clock', () => {
    // 23:30–01:00 in New York crosses its midnight (UTC is on the next day for both).
    expect(formatMeetingSpan('2026-01-16T04:30:00.000Z', '2026-01-16T06:00:00.000Z', 'America/New_York', 'en')).toBe(
      `15 Jan 2026, 23:30 – 16 Jan 2026, 01:00${note('America/New_York')}`,
    );
    // 23:00–01:00 in Berlin in winter (UTC+1): one UTC day, two Berlin days.
    expect(formatMeetingSpan('2026-12-01T22:00:00.000Z', '2026-12-02T00:00:00.000Z', 'Europe/Berlin', 'de')).toBe(
      `01.12.2026, 23:00 – 02.12.2026, 01:00${note('Europe/Berlin')}`,
    );
  });

  it('write a wall-clock span in the language’s one date style', () => {
    expect(formatWallClockSpan('2026-12-01T18:00', '2026-12-01T20:00', 'de')).toBe('01.12.2026, 18:00–20:00');
    expect(formatWallClockSpan('2026-12-01T18:00', '2026-12-01T20:00', 'en')).toBe('1 Dec 2026, 18:00–20:00');
    expect(formatWallClockSpan('2026-12-31T22:00', '2027-01-01T02:00', 'de')).toBe('31.12.2026, 22:00 – 01.01.2027, 02:00');
  });

  it('write calendar dates in one style, never shifted by the computer’s zone', () => {
    expect(formatDate('2026-12-01', 'de')).toBe('01.12.2026');
    expect(formatDate('2026-12-01', 'en')).toBe('1 Dec 2026');
    expect(formatDate('2026-03-29', 'de')).toBe('29.03.2026');
  });

  it('reuse one formatter per language, style and zone', () => {
    expect(dateTimeFormat('de', 'dateTime', 'Europe/Berlin')).toBe(dateTimeFormat('de', 'dateTime', 'Europe/Berlin'));
    expect(dateTimeFormat('de', 'dateTime', 'Europe/Berlin')).not.toBe(dateTimeFormat('de', 'dateTime', 'America/New_York'));
  });
});

import { describe, expect, it } from 'vitest';
import { machineTimeZone } from '../../../renderer/src/domain/zoned-time';
import { dateTimeFormat, formatMeetingSpan, formatMeetingTime } from '../../../renderer/src/i18n/format';

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
    expect(formatMeetingSpan(startsAt, endsAt, 'Europe/Berlin', 'de')).toBe(`04.06.2026, 16:00–18:00 Uhr${note('Europe/Berlin')}`);
    expect(formatMeetingSpan(startsAt, endsAt, 'Europe/Berlin', 'en')).toBe(`4 Jun 2026, 16:00–18:00${note('Europe/Berlin')}`);
    // 23:30–01:00 in New York crosses its midnight (UTC is on the next day for both); Intl puts thin spaces around the dash.
    expect(formatMeetingSpan('2026-01-16T04:30:00.000Z', '2026-01-16T06:00:00.000Z', 'America/New_York', 'en')).toBe(
      `15 Jan 2026, 23:30\u2009–\u200916 Jan 2026, 01:00${note('America/New_York')}`,
    );
  });

  it('reuse one formatter per language, style and zone', () => {
    expect(dateTimeFormat('de', 'dateTime', 'Europe/Berlin')).toBe(dateTimeFormat('de', 'dateTime', 'Europe/Berlin'));
    expect(dateTimeFormat('de', 'dateTime', 'Europe/Berlin')).not.toBe(dateTimeFormat('de', 'dateTime', 'America/New_York'));
  });
});

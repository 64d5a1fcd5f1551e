import { describe, expect, it } from 'vitest';
import { instantToWallClock, isKnownTimeZone, machineTimeZone, timeZoneChoices, wallClockToInstant } from '../../../renderer/src/domain/zoned-time';

/** The unit suite runs once per zone (vitest.config.ts); each run says which. */
const zoneOffsets: Record<string, number> = { 'Europe/Berlin': -120, 'America/New_York': 240 };

const instant = (wallClock: string, timeZone: string) => {
  const result = wallClockToInstant(wallClock, timeZone);
  if (!result.ok) throw new Error(`${wallClock} in ${timeZone}: ${result.reason}`);
  return result.instant;
};
const hoursBetween = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / 3_600_000;

describe('the machine zone of this test run', () => {
  it('is the one vitest.config.ts set, and Node honours it', () => {
    const zone = process.env.TZ ?? '';
    expect(Object.keys(zoneOffsets)).toContain(zone);
    // 4 June 2026, 16:00 on this machine's clock: summer time in both zones.
    expect(new Date(2026, 5, 4, 16).getTimezoneOffset()).toBe(zoneOffsets[zone]);
    expect(machineTimeZone()).toBe(zone);
  });
});

describe('wall clock and zone → instant', () => {
  it('reads the wall clock in the zone given, not in this computer’s', () => {
    expect(instant('2026-06-04T16:00', 'Europe/Berlin')).toBe('2026-06-04T14:00:00.000Z');
    expect(instant('2026-06-04T16:00', 'America/New_York')).toBe('2026-06-04T20:00:00.000Z');
    expect(instant('2026-01-15T16:00', 'Europe/Berlin')).toBe('2026-01-15T15:00:00.000Z');
    expect(instant('2026-01-15T16:00', 'UTC')).toBe('2026-01-15T16:00:00.000Z');
  });

  it('refuses what is not a wall-clock time or not a zone', () => {
    expect(wallClockToInstant('2026-02-30T10:00', 'Europe/Berlin')).toEqual({ ok: false, reason: 'invalid' });
    expect(wallClockToInstant('2026-06-04 16:00', 'Europe/Berlin')).toEqual({ ok: false, reason: 'invalid' });
    expect(wallClockToInstant('2026-06-04T16:00', 'Mars/Olympus_Mons')).toEqual({ ok: false, reason: 'unknownZone' });
    expect(wallClockToInstant('2026-06-04T16:00', '+02:00')).toEqual({ ok: false, reason: 'unknownZone' });
    expect(wallClockToInstant('2026-06-04T16:00', '')).toEqual({ ok: false, reason: 'unknownZone' });
  });
});

describe.each([
  // zone, spring-forward night (skipped hour 02:00–03:00), fall-back night (repeated hour), UTC offsets winter/summer
  { zone: 'Europe/Berlin', spring: '2026-03-29', fall: '2026-10-25', repeated: '02:30', winter: 1, summer: 2 },
  { zone: 'America/New_York', spring: '2026-03-08', fall: '2026-11-01', repeated: '01:30', winter: -5, summer: -4 },
])('daylight-saving changes in $zone', ({ zone, spring, fall, repeated, winter, summer }) => {
  /** The instant of `wall` on `day` at a UTC offset of `offset` hours. */
  const at = (day: string, wall: string, offset: number) => new Date(Date.parse(`${day}T${wall}:00Z`) - offset * 3_600_000).toISOString();

  it('a meeting 01:30–03:30 across the spring change lasts one hour', () => {
    const start = instant(`${spring}T01:30`, zone);
    const end = instant(`${spring}T03:30`, zone);
    expect(start).toBe(at(spring, '01:30', winter));
    expect(end).toBe(at(spring, '03:30', summer));
    expect(hoursBetween(start, end)).toBe(1);
    expect(instantToWallClock(start, zone)).toBe(`${spring}T01:30`);
    expect(instantToWallClock(end, zone)).toBe(`${spring}T03:30`);
  });

  it('refuses the hour the clocks skip, never moving it', () => {
    expect(wallClockToInstant(`${spring}T02:30`, zone)).toEqual({ ok: false, reason: 'nonexistent' });
    expect(wallClockToInstant(`${spring}T02:00`, zone)).toEqual({ ok: false, reason: 'nonexistent' });
    expect(wallClockToInstant(`${spring}T02:59`, zone)).toEqual({ ok: false, reason: 'nonexistent' });
    expect(instant(`${spring}T03:00`, zone)).toBe(at(spring, '03:00', summer));
  });

  it('a meeting 01:30–03:30 across the autumn change lasts three hours', () => {
    // In New York 01:30 itself is repeated: it takes the earlier, still summer time.
    const start = instant(`${fall}T01:30`, zone);
    const end = instant(`${fall}T03:30`, zone);
    expect(start).toBe(at(fall, '01:30', summer));
    expect(end).toBe(at(fall, '03:30', winter));
    expect(hoursBetween(start, end)).toBe(3);
  });

  it('takes the earlier of the repeated hour', () => {
    const earlier = at(fall, repeated, summer);
    const later = at(fall, repeated, winter);
    expect(hoursBetween(earlier, later)).toBe(1);
    expect(instant(`${fall}T${repeated}`, zone)).toBe(earlier);
    // Both instants show the same wall clock there.
    expect(instantToWallClock(earlier, zone)).toBe(`${fall}T${repeated}`);
    expect(instantToWallClock(later, zone)).toBe(`${fall}T${repeated}`);
  });
});

describe('instant and zone → wall clock', () => {
  it('shows the zone’s wall clock, on its own date near midnight', () => {
    expect(instantToWallClock('2026-06-04T14:00:00.000Z', 'Europe/Berlin')).toBe('2026-06-04T16:00');
    expect(instantToWallClock('2026-06-04T22:30:00.000Z', 'Europe/Berlin')).toBe('2026-06-05T00:30');
    expect(instantToWallClock('2026-06-05T00:00:00.000Z', 'America/New_York')).toBe('2026-06-04T20:00');
  });

  it('refuses what is no instant', () => {
    expect(() => instantToWallClock('', 'Europe/Berlin')).toThrow(RangeError);
  });
});

describe('time zones to choose from', () => {
  it('know the IANA names and offer them sorted, with this computer’s and a meeting’s own', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Europe/Atlantis')).toBe(false);
    const choices = timeZoneChoices(machineTimeZone(), 'UTC', 'Nowhere/Special');
    expect(choices).toEqual(expect.arrayContaining(['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC', machineTimeZone()]));
    expect(choices).not.toContain('Nowhere/Special');
    expect(choices).toEqual([...choices].sort());
    expect(new Set(choices).size).toBe(choices.length);
  });
});

/**
 * Meeting times in the zone they were planned in. A meeting stores its start and end as
 * UTC instants (they sort and compare across zones) plus the IANA zone it was planned in;
 * the wall-clock time people read ("16:00 in Berlin") is always derived from the two.
 *
 * Daylight-saving changes: a wall-clock time the zone skips (02:30 on the last Sunday of
 * March in Berlin) does not exist and is refused, never moved silently; a time the zone
 * passes twice (02:30 on the last Sunday of October in Berlin) means its earlier
 * occurrence, still in summer time.
 */
import { fromAbsolute, getLocalTimeZone, parseDateTime, toZoned } from '@internationalized/date';

/** A wall-clock time as forms use it: "2026-06-04T16:00". */
export type WallClock = string;

export type ZonedInstant = { ok: true; instant: string } | { ok: false; reason: 'invalid' | 'unknownZone' | 'nonexistent' };

const zoneValidity = new Map<string, boolean>();

/** An IANA name: "UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires", "Etc/GMT-1". */
const zoneName = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** Whether the runtime knows this IANA zone (and it is a name, not an offset like "+02:00"). */
export function isKnownTimeZone(timeZone: string): boolean {
  let known = zoneValidity.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      known = zoneName.test(timeZone);
    } catch {
      known = false;
    }
    zoneValidity.set(timeZone, known);
  }
  return known;
}

/** The zone this computer is set to, as an IANA name. */
export function machineTimeZone(): string {
  return getLocalTimeZone();
}

/**
 * The zones to choose from, sorted: every zone the runtime lists, plus any of `include`
 * it leaves out (some list no "UTC", and a meeting may come from a runtime that knows more).
 */
export function timeZoneChoices(...include: string[]): string[] {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...listed, ...include.filter(isKnownTimeZone)])].sort();
}

/**
 * The UTC instant ("2026-06-04T14:00:00.000Z") of a wall-clock time in a zone; refuses a
 * time that does not exist there, and takes the earlier of a time that exists twice.
 */
export function wallClockToInstant(wallClock: WallClock, timeZone: string): ZonedInstant {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wallClock)) return { ok: false, reason: 'invalid' };
  if (!isKnownTimeZone(timeZone)) return { ok: false, reason: 'unknownZone' };
  let local;
  try {
    local = parseDateTime(wallClock);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  // 'earlier' picks the first of two occurrences; for a skipped time it lands on another
  // wall-clock time, which the round trip below notices.
  const zoned = toZoned(local, timeZone, 'earlier');
  if (zoned.toString().slice(0, 16) !== local.toString().slice(0, 16)) return { ok: false, reason: 'nonexistent' };
  return { ok: true, instant: zoned.toDate().toISOString() };
}

/** Like wallClockToInstant, for values already validated (by the meeting schema): throws otherwise. */
export function instantOf(wallClock: WallClock, timeZone: string): string {
  const result = wallClockToInstant(wallClock, timeZone);
  if (!result.ok) throw new RangeError(`${wallClock} in ${timeZone} is not a valid time (${result.reason})`);
  return result.instant;
}

/** The wall-clock time ("2026-06-04T16:00") an instant shows in a zone. */
export function instantToWallClock(instant: string, timeZone: string): WallClock {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: "${instant}"`);
  return fromAbsolute(ms, timeZone).toString().slice(0, 16);
}

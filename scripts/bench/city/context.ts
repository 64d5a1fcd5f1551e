/** What every part of the generator shares: the seeded random source, the fixed day, the trail. */
import type { LocalUser } from '../../../renderer/src/domain/audit';
import { AuditLog } from './audit-log';
import { addDaysTo } from './dates';
import { seededRandom, type Random } from './random';

/** The counts of the full city (scale 1). */
export const fullCity = {
  partners: 500,
  contacts: 3000,
  series: 60,
  meetings: 5000,
  agendaItems: 60_000,
  actions: 50_000,
  referrals: 20_000,
  agreements: 1000,
  disclosures: 5000,
  acknowledgements: 20,
} as const;

export type CityCounts = Record<keyof typeof fullCity, number>;

/** The counts at a scale; never below what makes each page meaningful. */
export function countsAt(scale: number): CityCounts {
  const minimum: CityCounts = {
    partners: 8,
    contacts: 16,
    series: 3,
    meetings: 12,
    agendaItems: 60,
    actions: 40,
    referrals: 20,
    agreements: 4,
    disclosures: 8,
    acknowledgements: 1,
  };
  return Object.fromEntries(
    Object.entries(fullCity).map(([key, value]) => [key, Math.max(minimum[key as keyof CityCounts], Math.round(value * scale))]),
  ) as CityCounts;
}

/** Who coordinated the network when: the last one is the local user of the generated profile. */
export const coordinators: { from: string; user: LocalUser }[] = [
  { from: '0000-00-00', user: { name: 'Petra Lindner', organisation: 'Präventionskoordination Musterstadt' } },
  { from: '2020-03-01', user: { name: 'Jonas Albers', organisation: 'Präventionskoordination Musterstadt' } },
  { from: '2024-01-15', user: { name: 'Toni Exempel', organisation: 'Präventionskoordination Musterstadt' } },
];

export function coordinatorAt(at: string): LocalUser {
  let current = coordinators[0]!.user;
  for (const entry of coordinators) if (at.slice(0, 10) >= entry.from) current = entry.user;
  return current;
}

/** "Name (Organisation)", as timeline entries and disclosures name who recorded them. */
export function actorLabel(at: string): string {
  const user = coordinatorAt(at);
  return `${user.name} (${user.organisation})`;
}

export interface CityContext {
  random: Random;
  /** The fixed "today" of the city (YYYY-MM-DD): ten years of history end here. */
  today: string;
  /** The first day of the history. */
  start: string;
  counts: CityCounts;
  audit: AuditLog;
}

export function createContext(scale: number, today: string, seed = 20261201): CityContext {
  return {
    random: seededRandom(seed),
    today,
    start: addDaysTo(today, -3652),
    counts: countsAt(scale),
    audit: new AuditLog(today, coordinatorAt),
  };
}

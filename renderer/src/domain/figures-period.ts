/**
 * The period a figures page or report covers: whole days, first and last included, as ISO
 * dates. Figures over time are counted per calendar quarter, the rhythm funders and
 * oversight report in.
 */
export interface FiguresPeriod {
  /** First day, "2026-01-01". */
  start: string;
  /** Last day, included, "2026-12-31". */
  end: string;
}

export interface Quarter {
  /** "2026-Q1". */
  key: string;
  year: number;
  /** 1–4. */
  quarter: number;
  start: string;
  end: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

function quarterOf(isoDate: string): { year: number; quarter: number } {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

function quarterBounds(year: number, quarter: number): Quarter {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { key: `${year}-Q${quarter}`, year, quarter, start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** The calendar quarters the period touches, in order (the first and last may be partly outside it). */
export function quartersIn(period: FiguresPeriod): Quarter[] {
  if (period.end < period.start) return [];
  const first = quarterOf(period.start);
  const last = quarterOf(period.end);
  const quarters: Quarter[] = [];
  for (let year = first.year, quarter = first.quarter; year < last.year || (year === last.year && quarter <= last.quarter);) {
    quarters.push(quarterBounds(year, quarter));
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
  }
  return quarters;
}

/** The quarter an ISO date (or the date part of an instant) falls in, as its key. */
export function quarterKeyOf(isoDate: string): string {
  const { year, quarter } = quarterOf(isoDate.slice(0, 10));
  return `${year}-Q${quarter}`;
}

/** Whether an ISO date lies in the period (both ends included). */
export function inPeriod(isoDate: string, period: FiguresPeriod): boolean {
  const day = isoDate.slice(0, 10);
  return day >= period.start && day <= period.end;
}

/** The last full calendar year before `today`: the default period of a report. */
export function lastFullYear(today: string): FiguresPeriod {
  const year = Number(today.slice(0, 4)) - 1;
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * The figures page's section on cases (id "referrals"): referrals received per quarter by
 * concern, sector and outcome, the time to the panel and to closure, and reviews done on
 * time, for the period asked. Reads through `storage` (the case figures' own reads, by index),
 * computes in domain/referral-figures.ts and draws with referral-charts.ts.
 */
import { localToday } from '../../domain/date-time';
import type { FiguresPeriod } from '../../domain/figures-period';
import { referralFigures as computeReferralFigures, type ReferralFigureRecords } from '../../domain/referral-figures';
import { referralFigureRecords } from '../../storage';
import type { FigureSectionLoader } from './figure-section';
import { referralCharts, type ReferralFiguresT } from './referral-charts';

/** The loader, given where the records come from and today's date (tests give their own). */
export function createReferralFiguresLoader(read: (period: FiguresPeriod) => Promise<ReferralFigureRecords>, today: () => string): FigureSectionLoader {
  return async (period, anyT) => {
    // The contract passes the app's i18next `t`; every key here names its namespace, so any
    // namespace it was bound to reads them alike.
    const t = anyT as unknown as ReferralFiguresT;
    const figures = computeReferralFigures(period, await read(period), today());
    return { id: 'referrals', heading: t('figures:referrals.heading'), note: t('figures:referrals.note'), charts: referralCharts(figures, t) };
  };
}

export const referralFigures: FigureSectionLoader = createReferralFiguresLoader((period) => referralFigureRecords.read(period), localToday);

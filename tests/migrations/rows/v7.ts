import { ids } from './ids';
import { records as v6 } from './v6';

/** Version 7: each case keeps its next review date (the closed case's open 12-month review; none for the other). */
const nextReviewOn: Record<string, string | null> = { [ids.referral]: null, [ids.closedReferral]: '2027-03-02' };

export const referrals = v6.referrals.map((referral) => ({ ...referral, nextReviewOn: nextReviewOn[referral.id] }));

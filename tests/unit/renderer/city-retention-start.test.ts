/**
 * The benchmark city writes its cases around the app (raw IndexedDB): each must carry the day
 * its retention runs from as storage keeps it, or the due-for-deletion list is measured on
 * cases it never meets (and misses the closed ones, which the index finds by that day).
 */
import { describe, expect, it } from 'vitest';
import type { Referral, ReferralEvent } from '../../../renderer/src/domain/referral';
import { caseRetentionStart } from '../../../renderer/src/domain/retention';
import { generateCity } from '../../../scripts/bench/city/city';

describe('the benchmark city’s cases', () => {
  it('carry the day their retention runs from: closed and not-taken-on cases as the rule works it out, open ones none', () => {
    const city = generateCity(0.01);
    const rows = (store: string) => city.tables.find((table) => table.store === store)!.rows;
    const referrals = rows('referrals') as Referral[];
    const events = rows('referralEvents') as ReferralEvent[];
    const ended = referrals.filter((referral) => ['closed', 'not_appropriate', 'signposted'].includes(referral.status));
    expect(ended.length).toBeGreaterThan(0);
    for (const referral of referrals) {
      const timeline = events.filter((event) => event.referralId === referral.id);
      expect(referral.retentionFrom, referral.caseCode).toBe(caseRetentionStart(referral, timeline));
    }
    expect(ended.every((referral) => referral.retentionFrom !== null)).toBe(true);
  });
});

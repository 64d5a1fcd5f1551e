import { afterEach, describe, expect, it } from 'vitest';
import { paramsFromQuery as meetingParams, queryFromParams as meetingQuery } from '../../../renderer/src/features/meetings/list-query';
import { paramsFromQuery as caseParams, queryFromParams as caseQuery } from '../../../renderer/src/features/referrals/list-query';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createMeetingListRepository } from '../../../renderer/src/storage/repositories/meeting-list';
import { createReferralRepository } from '../../../renderer/src/storage/repositories/referrals';
import { freshDb } from './storage-helpers';
import { networkClock, networkToday, seedPartnerNetwork } from './partner-network';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const partnerId = '0b7e3c1a-4d2f-4a9e-8c61-2f5d9b7a1e30';

describe('the "partner" filter of the meeting and case lists', () => {
  it('lives in the address, and anything that is no record id is ignored', () => {
    expect(meetingQuery(new URLSearchParams(`partner=${partnerId}`)).partnerId).toBe(partnerId);
    expect(meetingQuery(new URLSearchParams('partner=javascript:alert(1)'))).not.toHaveProperty('partnerId');
    expect(meetingParams({ ...meetingQuery(new URLSearchParams()), partnerId }).toString()).toBe(`partner=${partnerId}`);
    expect(caseQuery(new URLSearchParams(`status=all&partner=${partnerId}`))).toMatchObject({ status: 'all', partner: partnerId });
    expect(caseQuery(new URLSearchParams('partner=x'))).not.toHaveProperty('partner');
    expect(caseParams({ ...caseQuery(new URLSearchParams('status=all')), partner: partnerId }).toString()).toBe(`status=all&partner=${partnerId}`);
  });

  it('lists only the meetings the partner was invited to, upcoming and past', async () => {
    db = freshDb();
    const network = await seedPartnerNetwork(db);
    const list = createMeetingListRepository(db);
    const ids = await list.ids({ seriesId: 'all', type: 'all', partnerId: network.police.id }, networkClock());
    expect(ids.upcoming).toHaveLength(2);
    expect(ids.upcoming[0]).toBe(network.upcoming.id);
    expect(ids.past).toEqual([...network.held].reverse());
    const all = await list.ids({ seriesId: 'all', type: 'all' }, networkClock());
    expect(all.past).toContain(network.notInvited.id);
  });

  it('lists only the cases the partner refers, leads or is involved in', async () => {
    db = freshDb();
    const network = await seedPartnerNetwork(db);
    const referrals = createReferralRepository(db, networkClock, () => networkToday);
    const range = await referrals.listRange(
      { status: 'all', lead: 'all', reviewsDue: false, order: 'newest', partner: network.police.id },
      networkToday,
      false,
    );
    expect(range.ids).toEqual([network.involved.id, network.led.id, network.referred.id]);
    const all = await referrals.listRange({ status: 'all', lead: 'all', reviewsDue: false, order: 'newest' }, networkToday, false);
    expect(all.ids).toHaveLength(4);
  });
});

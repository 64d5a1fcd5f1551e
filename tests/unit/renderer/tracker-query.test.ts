import { describe, expect, it } from 'vitest';
import { defaultTrackerQuery } from '../../../renderer/src/domain/action-tracker';
import { paramsFromTrackerQuery, trackerQueryFromParams } from '../../../renderer/src/features/meetings/tracker-query';

const owner = '6f1c2a9e-8d3b-4c5e-9f70-1a2b3c4d5e6f';

describe('the action tracker’s filters in the URL', () => {
  it('keeps only what differs from the defaults, and reads it back', () => {
    expect(paramsFromTrackerQuery(defaultTrackerQuery).toString()).toBe('');
    const query = { owner, status: 'done', due: 'next30', sort: 'owner' } as const;
    const params = paramsFromTrackerQuery(query);
    expect(params.toString()).toBe(`owner=${owner}&status=done&due=next30&sort=owner`);
    expect(trackerQueryFromParams(params)).toEqual(query);
    expect(trackerQueryFromParams(new URLSearchParams('status=all'))).toEqual({ ...defaultTrackerQuery, status: 'all' });
  });

  it('falls back to the defaults for hand-edited values that are not choices', () => {
    const edited = new URLSearchParams('owner=<script>&status=closed&due=tomorrow&sort=DUE&page=3');
    expect(trackerQueryFromParams(edited)).toEqual(defaultTrackerQuery);
    expect(trackerQueryFromParams(new URLSearchParams('status=&due=&sort='))).toEqual(defaultTrackerQuery);
  });
});

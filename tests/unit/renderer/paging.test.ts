import { describe, expect, it } from 'vitest';
import { clampPage } from '../../../renderer/src/domain/paging';

describe('the page a list shows', () => {
  it('is the one asked for, the last when fewer remain, and page 1 for junk', () => {
    expect(clampPage(2, 120, 50)).toEqual({ page: 2, pageCount: 3, first: 50 });
    expect(clampPage(9, 120, 50)).toEqual({ page: 3, pageCount: 3, first: 100 });
    expect(clampPage(1, 0, 50)).toEqual({ page: 1, pageCount: 1, first: 0 });
    expect(clampPage(Number.NaN, 120, 50)).toEqual({ page: 1, pageCount: 3, first: 0 });
    expect(clampPage(-4, 120, 50).page).toBe(1);
  });
});

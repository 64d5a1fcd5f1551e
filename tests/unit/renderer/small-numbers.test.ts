import { describe, expect, it } from 'vitest';
import { isSuppressed, publishCount } from '../../../renderer/src/domain/small-numbers';

describe('small-number suppression', () => {
  it('publishes 0 and counts from 5 up, and suppresses 1–4', () => {
    expect(publishCount(0)).toBe(0);
    for (const count of [1, 2, 3, 4]) expect(publishCount(count)).toBeNull();
    expect(publishCount(5)).toBe(5);
    expect(publishCount(137)).toBe(137);
  });

  it('tells a suppressed count from a published 0', () => {
    expect(isSuppressed(publishCount(3))).toBe(true);
    expect(isSuppressed(publishCount(0))).toBe(false);
  });

  it('refuses what is not a count', () => {
    expect(() => publishCount(-1)).toThrow(RangeError);
    expect(() => publishCount(1.5)).toThrow(RangeError);
    expect(() => publishCount(Number.NaN)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { compareBySeverity, rateThreat } from '../../../renderer/src/domain/risk-rating';

describe('a threat’s rating', () => {
  it('gives every score of the 5×5 matrix its level: green to 6, amber 8–12, red from 15', () => {
    const levels = new Map<number, string>();
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      for (let impact = 1; impact <= 5; impact++) {
        const { score, level } = rateThreat(likelihood, impact);
        expect(score).toBe(likelihood * impact);
        levels.set(score, level);
      }
    }
    expect(Object.fromEntries(levels)).toEqual({
      1: 'green',
      2: 'green',
      3: 'green',
      4: 'green',
      5: 'green',
      6: 'green',
      8: 'amber',
      9: 'amber',
      10: 'amber',
      12: 'amber',
      15: 'red',
      16: 'red',
      20: 'red',
      25: 'red',
    });
  });

  it('draws the bands at 6 | 8 and 12 | 15', () => {
    expect(rateThreat(2, 3)).toEqual({ score: 6, level: 'green' });
    expect(rateThreat(2, 4)).toEqual({ score: 8, level: 'amber' });
    expect(rateThreat(3, 4)).toEqual({ score: 12, level: 'amber' });
    expect(rateThreat(3, 5)).toEqual({ score: 15, level: 'red' });
  });

  it('refuses values off the 1–5 scales', () => {
    expect(() => rateThreat(0, 3)).toThrow(RangeError);
    expect(() => rateThreat(3, 6)).toThrow(RangeError);
    expect(() => rateThreat(2.5, 2)).toThrow(RangeError);
    expect(() => rateThreat(Number.NaN, 2)).toThrow(RangeError);
  });

  it('orders the most serious first, a rare catastrophe before a frequent nuisance of the same score', () => {
    const threats = [
      { name: 'nuisance', likelihood: 4, impact: 1 },
      { name: 'catastrophe', likelihood: 1, impact: 4 },
      { name: 'red', likelihood: 4, impact: 4 },
    ];
    expect([...threats].sort(compareBySeverity).map((threat) => threat.name)).toEqual(['red', 'catastrophe', 'nuisance']);
  });
});

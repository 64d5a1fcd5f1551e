import { describe, expect, it } from 'vitest';
import { referralInputSchema } from '../../../renderer/src/domain/referral';
import { parseMessage } from '../../../renderer/src/domain/validation';

// A case is pseudonymous: the initials field must never hold a name, not even part of one.
const schema = referralInputSchema(() => '2026-03-10');
const valid = { ageBand: '16_17', referringPartnerId: 'p', receivedOn: '2026-03-01', concernTypes: ['right_wing'], riskLevel: 'medium' };

function initialsResult(initials: string) {
  const result = schema.safeParse({ ...valid, initials });
  if (result.success) return { stored: result.data.initials };
  return { refused: result.error.issues.map((issue) => [issue.path.join('.'), parseMessage(issue.message)]) };
}

describe('initials on a case', () => {
  it.each([
    ['AB', 'AB'],
    ['A.B.', 'A.B.'],
    ['A. B.', 'A. B.'],
    ['A-B', 'A-B'],
    ['Ä.Ö.', 'Ä.Ö.'],
    ['A', 'A'],
    ['A.-M. B.', 'A.-M. B.'],
    ['ABCD', 'ABCD'],
    ['  A. B.  ', 'A. B.'],
    ['', ''],
  ])('accepts "%s" and stores "%s"', (typed, stored) => {
    expect(initialsResult(typed)).toEqual({ stored });
  });

  it.each([
    'Max Mustermann',
    'Max',
    'Mustermann',
    'MUSTERMANN',
    // Lower case reads as a word or a name ("ab", "tom"): initials are asked for in capitals.
    'ab',
    'a. b.',
    'ABCDE',
    'A. B. C. D. E.',
    'A1',
    'A..B',
    'A-',
    'A  B',
    'A/B',
  ])('refuses "%s" with the initials message, never as too long', (typed) => {
    expect(initialsResult(typed)).toEqual({ refused: [['initials', { key: 'initials' }]] });
  });
});

import { describe, expect, it } from 'vitest';
import { referralInputSchema } from '../../../renderer/src/domain/referral';
import { addMonths, allowedTransitions, checkTransition, formatCaseCode, nextCaseNumber, reviewDates } from '../../../renderer/src/domain/referral-workflow';
import { parseMessage } from '../../../renderer/src/domain/validation';

const today = '2026-03-10';
const request = (to: Parameters<typeof checkTransition>[1]['to'], overrides = {}) => ({
  to,
  on: today,
  decidedBy: 'Fallkonferenz',
  note: '',
  outcome: null,
  ...overrides,
});

describe('referral workflow', () => {
  it('offers only the allowed next statuses, with early exits before the panel', () => {
    expect(allowedTransitions('received')).toEqual(['screening', 'not_appropriate', 'signposted']);
    expect(allowedTransitions('panel')).toEqual(['support', 'signposted', 'closed']);
    expect(allowedTransitions('review')).toEqual(['support', 'closed']);
    expect(allowedTransitions('closed')).toEqual([]);
    expect(allowedTransitions('signposted')).toEqual([]);
  });
  it('refuses a transition that is not allowed', () => {
    expect(checkTransition('received', request('support'), today)).toBe('notAllowed');
    expect(checkTransition('closed', request('support'), today)).toBe('notAllowed');
    expect(checkTransition('received', request('screening'), today)).toBeNull();
  });
  it('needs an outcome to close, a date not in the future, and who decided', () => {
    expect(checkTransition('review', request('closed'), today)).toBe('outcomeRequired');
    expect(checkTransition('review', request('closed', { outcome: 'support_completed' }), today)).toBeNull();
    expect(checkTransition('received', request('screening', { on: '2026-03-11' }), today)).toBe('futureDate');
    expect(checkTransition('received', request('screening', { on: '' }), today)).toBe('dateRequired');
    expect(checkTransition('received', request('screening', { decidedBy: ' ' }), today)).toBe('deciderRequired');
  });
  it('schedules reviews 6 and 12 months after closing, clamping to the month end', () => {
    expect(reviewDates('2026-03-10')).toEqual([
      { months: 6, dueDate: '2026-09-10' },
      { months: 12, dueDate: '2027-03-10' },
    ]);
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
  it('formats case codes, numbering on from the highest of the year', () => {
    expect(formatCaseCode(2026, 42)).toBe('RT-2026-0042');
    expect(nextCaseNumber([])).toBe(1);
    expect(nextCaseNumber([1, 3, 2])).toBe(4);
  });
});

describe('referral input', () => {
  const schema = referralInputSchema(() => today);
  const valid = { ageBand: '16_17', referringPartnerId: 'p', receivedOn: '2026-03-01', concernTypes: ['right_wing'], riskLevel: 'medium' };
  const issues = (input: object) => {
    const result = schema.safeParse({ ...valid, ...input });
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), parseMessage(i.message)]));
  };
  it('accepts a minimal pseudonymous referral', () => {
    expect(issues({})).toEqual({});
  });
  it('requires the referring partner and at least one concern', () => {
    expect(issues({ referringPartnerId: '', concernTypes: [] })).toEqual({
      referringPartnerId: { key: 'referrerRequired' },
      concernTypes: { key: 'concernRequired' },
    });
  });
  it('rejects a received date in the future', () => {
    expect(issues({ receivedOn: '2026-03-11' })).toEqual({ receivedOn: { key: 'futureDate' } });
  });
  it('takes initials, not names', () => {
    expect(issues({ initials: 'Max Mustermann' })).toEqual({ initials: { key: 'initials' } });
    expect(issues({ initials: 'A1' })).toEqual({ initials: { key: 'initials' } });
    expect(issues({ initials: 'A. B.' })).toEqual({});
  });
  it('asks who consented and when, or why data is shared without consent', () => {
    expect(issues({ consent: 'obtained' })).toEqual({ consentFrom: { key: 'required' }, consentOn: { key: 'required' } });
    expect(issues({ consent: 'not_obtained' })).toEqual({ consentJustification: { key: 'justificationRequired' } });
  });
});

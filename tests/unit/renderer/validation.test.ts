import { describe, expect, it } from 'vitest';
import { partnerInputSchema, blankPartnerInput } from '../../../renderer/src/domain/partner';
import { isRealIsoDate, parseMessage } from '../../../renderer/src/domain/validation';

function errorsOf(input: unknown) {
  const result = partnerInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), parseMessage(issue.message)]));
}

const valid = { ...blankPartnerInput(), name: 'Jugendamt Musterstadt', sector: 'social_services' };

describe('partner validation', () => {
  it('accepts a minimal partner and trims text', () => {
    const parsed = partnerInputSchema.parse({ ...valid, name: '  Jugendamt  ' });
    expect(parsed.name).toBe('Jugendamt');
    expect(parsed.contacts).toEqual([]);
  });

  it('requires a name, also when only spaces are given', () => {
    expect(errorsOf({ ...valid, name: '   ' })).toEqual({ name: { key: 'required' } });
  });

  it('reports the length limit with its number', () => {
    expect(errorsOf({ ...valid, name: 'x'.repeat(201) })).toEqual({ name: { key: 'tooLong', values: { max: 200 } } });
  });

  it('rejects unknown sectors and statuses', () => {
    expect(errorsOf({ ...valid, sector: 'army', status: 'maybe' })).toEqual({
      sector: { key: 'choice' },
      status: { key: 'choice' },
    });
  });

  it.each(['not-an-email', 'a@b', 'name@example', 'two@@example.org'])('rejects the e-mail %s', (email) => {
    expect(errorsOf({ ...valid, contacts: [{ name: 'A', email }] })).toEqual({ 'contacts.0.email': { key: 'email' } });
  });

  it.each(['', 'p.probe@stadt.example.org', 'kontakt+netzwerk@jugendamt.example.org'])('accepts the e-mail "%s"', (email) => {
    expect(errorsOf({ ...valid, contacts: [{ name: 'A', email }] })).toEqual({});
  });

  it.each(['ask Petra', '123', '+49 (0)30 12x45', '++49 30 1234'])('rejects the phone number %s', (phone) => {
    expect(errorsOf({ ...valid, contacts: [{ name: 'A', phone }] })).toEqual({ 'contacts.0.phone': { key: 'phone' } });
  });

  it.each(['+49 30 1234567', '030/123 456-7', '(0555) 0100-11', ''])('accepts the phone number "%s"', (phone) => {
    expect(errorsOf({ ...valid, contacts: [{ name: 'A', phone }] })).toEqual({});
  });

  it('requires a contact name', () => {
    expect(errorsOf({ ...valid, contacts: [{ name: '' }] })).toEqual({ 'contacts.0.name': { key: 'required' } });
  });

  it('accepts only real calendar dates', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2025-02-29')).toBe(false);
    expect(isRealIsoDate('2025-13-01')).toBe(false);
    expect(isRealIsoDate('15.03.2024')).toBe(false);
    expect(isRealIsoDate('0002-03-15')).toBe(true);
    expect(errorsOf({ ...valid, joinedOn: '2025-02-30' })).toEqual({ joinedOn: { key: 'date' } });
  });

  it('rejects real but implausible dates with the allowed range', () => {
    expect(errorsOf({ ...valid, joinedOn: '0002-03-15' })).toEqual({ joinedOn: { key: 'dateRange', values: { min: 1900, max: 2100 } } });
    expect(errorsOf({ ...valid, joinedOn: '2024-03-15' })).toEqual({});
  });

  it('passes foreign messages through as text', () => {
    expect(parseMessage('Invalid input')).toEqual({ text: 'Invalid input' });
    expect(parseMessage(undefined)).toBeNull();
  });
});

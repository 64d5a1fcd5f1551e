import { describe, expect, it } from 'vitest';
import { agendaItemInputSchema, optionalWebLink } from '../../../renderer/src/domain/meeting';
import { transitionLimits } from '../../../renderer/src/domain/referral-workflow';
import {
  countedLength,
  lengthProblem,
  limits,
  optionalEmail,
  optionalPhone,
  optionalText,
  parseMessage,
  requiredText,
} from '../../../renderer/src/domain/validation';

// The field's counter and the schema must agree on every text: what the counter shows as
// fitting is saved whole, and what it shows as over is refused whole. Nothing is ever cut.
const max = 10;
const samples = [
  'x'.repeat(max),
  'x'.repeat(max + 1),
  `  ${'x'.repeat(max)}\n\t `,
  `\u00a0${'x'.repeat(max)}\u00a0`,
  `${'x'.repeat(max - 2)}😀`,
  `${'x'.repeat(max - 1)}😀`,
  `${'x'.repeat(max)}😀`,
  '😀'.repeat(max),
  '😀'.repeat(max + 1),
  `${'x'.repeat(max - 1)}\ud83d`,
  `${'x'.repeat(max)}\ude00`,
  `${'x'.repeat(max / 2)}     ${'x'.repeat(max / 2)}`,
  'ü'.repeat(max),
  'u\u0308'.repeat(max / 2 + 1),
];

describe('text limits', () => {
  it.each(samples)('the counter and the schemas agree on %j', (text) => {
    const fits = countedLength(text) <= max;
    expect(optionalText(max).safeParse(text).success).toBe(fits);
    expect(requiredText(max).safeParse(text).success).toBe(fits);
    expect(lengthProblem(text, max) === undefined).toBe(fits);
  });

  it('counts the trimmed text, as the schema stores it', () => {
    expect(countedLength('  Protokoll \n')).toBe(optionalText(100).parse('  Protokoll \n').length);
  });

  it('refuses minutes one character over the limit whole, with the limit in the message', () => {
    const minutes = 'a'.repeat(limits.minutes + 1);
    const result = agendaItemInputSchema.safeParse({ title: 'TOP', plannedMinutes: '', minutes });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), parseMessage(issue.message)])).toEqual([
      ['minutes', { key: 'tooLong', values: { max: limits.minutes } }],
    ]);
    expect(agendaItemInputSchema.parse({ title: 'TOP', plannedMinutes: '', minutes: minutes.slice(1) }).minutes).toHaveLength(limits.minutes);
  });

  it('says too long with the limit, for text saved without a form schema', () => {
    expect(lengthProblem('x'.repeat(201), limits.name)).toBe(JSON.stringify({ key: 'tooLong', values: { max: 200 } }));
    expect(lengthProblem(`${'x'.repeat(200)}   `, limits.name)).toBeUndefined();
  });

  it('takes e-mail addresses, phone numbers and links up to the limits the fields show', () => {
    const email = `${'a'.repeat(limits.email - '@example.org'.length)}@example.org`;
    expect(optionalEmail.safeParse(email).success).toBe(true);
    expect(parseMessage(optionalEmail.safeParse(`a${email}`).error?.issues[0]?.message)).toEqual({ key: 'tooLong', values: { max: limits.email } });
    expect(parseMessage(optionalPhone.safeParse('1'.repeat(limits.phone + 1)).error?.issues[0]?.message)).toEqual({
      key: 'tooLong',
      values: { max: limits.phone },
    });
    const link = `https://example.org/${'a'.repeat(limits.webLink - 'https://example.org/'.length)}`;
    expect(optionalWebLink.safeParse(link).success).toBe(true);
    expect(parseMessage(optionalWebLink.safeParse(`${link}a`).error?.issues[0]?.message)).toEqual({ key: 'tooLong', values: { max: limits.webLink } });
  });

  it('leaves room for who decided in the one timeline text a status change stores', () => {
    const stored = ['x'.repeat(transitionLimits.decidedBy), 'x'.repeat(transitionLimits.note)].join(' — ');
    expect(stored).toHaveLength(limits.notes);
  });
});

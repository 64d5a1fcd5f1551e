import { describe, expect, it } from 'vitest';
import { partnerChoices, type ChoosablePartner } from '../../../renderer/src/domain/partner-choices';

const german = new Intl.Collator('de', { sensitivity: 'base', numeric: true }).compare;
const english = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

function partner(id: string, name: string, status: ChoosablePartner['status'] = 'active', deletedAt: string | null = null): ChoosablePartner {
  return { id, name, status, deletedAt };
}

const network = [
  partner('z', 'Zentrum für Demokratie'),
  partner('o', 'Ordnungsamt'),
  partner('a', 'Ämter-Verbund'),
  partner('b', 'beratungsstelle nord'),
  partner('f', 'Forum Süd', 'former'),
  partner('x', 'Archiv e. V.', 'active', '2026-01-01T00:00:00.000Z'),
  partner('p', 'Polizei', 'prospective'),
];

describe('partner choices', () => {
  it('sorts by name with the language’s collation: umlauts with their letter, case ignored', () => {
    expect(partnerChoices(network, { compare: german }).map((choice) => choice.name)).toEqual([
      'Ämter-Verbund',
      'beratungsstelle nord',
      'Ordnungsamt',
      'Polizei',
      'Zentrum für Demokratie',
    ]);
    expect(partnerChoices(network, { compare: english }).map((choice) => choice.id)).toEqual(['a', 'b', 'o', 'p', 'z']);
  });

  it('does not offer former or archived partners for a new assignment', () => {
    const ids = partnerChoices(network, { compare: german }).map((choice) => choice.id);
    expect(ids).not.toContain('f');
    expect(ids).not.toContain('x');
    expect(ids).toContain('p');
  });

  it('keeps a former or archived partner the record already names, marked former', () => {
    const choices = partnerChoices(network, { compare: german, keep: ['f', 'x', null, '', undefined] });
    expect(choices.filter((choice) => choice.former).map((choice) => choice.id)).toEqual(['x', 'f']);
    expect(choices.find((choice) => choice.id === 'o')?.former).toBe(false);
  });

  it('offers every partner to a filter over existing records, marking those that left', () => {
    const choices = partnerChoices(network, { compare: german, includeFormer: true });
    expect(choices).toHaveLength(network.length);
    expect(choices.filter((choice) => choice.former).map((choice) => choice.id)).toEqual(['x', 'f']);
  });
});

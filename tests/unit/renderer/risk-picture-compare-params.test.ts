import { describe, expect, it } from 'vitest';
import { compareParams, resolveComparePair } from '../../../renderer/src/features/risk-picture/compare/compare-params';

// Newest first, as the repository lists them.
const editions = [
  { id: 'e3', previousEditionId: 'e2' },
  { id: 'e2', previousEditionId: 'e1' },
  { id: 'e1', previousEditionId: null },
];

describe('which editions the compare page shows', () => {
  it('compares the edition asked for with the one it was started from', () => {
    expect(resolveComparePair(new URLSearchParams('to=e2'), editions)).toEqual({ fromId: 'e1', toId: 'e2' });
  });

  it('compares the newest edition with its previous when nothing is asked for', () => {
    expect(resolveComparePair(new URLSearchParams(''), editions)).toEqual({ fromId: 'e2', toId: 'e3' });
  });

  it('keeps both editions asked for, even an unknown one (the page says it is missing)', () => {
    expect(resolveComparePair(new URLSearchParams('from=e1&to=e3'), editions)).toEqual({ fromId: 'e1', toId: 'e3' });
    expect(resolveComparePair(new URLSearchParams('to=gone'), editions)).toEqual({ fromId: '', toId: 'gone' });
  });

  it('has no earlier edition for the first, and nothing at all without editions', () => {
    expect(resolveComparePair(new URLSearchParams('to=e1'), editions)).toEqual({ fromId: '', toId: 'e1' });
    expect(resolveComparePair(new URLSearchParams(''), [])).toEqual({ fromId: '', toId: '' });
  });

  it('writes only the editions chosen into the address', () => {
    expect(compareParams({ fromId: 'e1', toId: 'e3' }).toString()).toBe('from=e1&to=e3');
    expect(compareParams({ fromId: '', toId: 'e3' }).toString()).toBe('to=e3');
  });
});

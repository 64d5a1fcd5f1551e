/** The first start's passphrase rule, the generated passphrase, the strength check and the lock shortcut. */
import { describe, expect, it } from 'vitest';
import { GENERATED_PASSPHRASE_BITS, generatePassphrase } from '../../../renderer/src/app/session/generate-passphrase';
import { isLockShortcut } from '../../../renderer/src/app/session/lock-shortcut';
import { loadStrengthCheck } from '../../../renderer/src/app/session/passphrase-strength';
import { newPassphraseProblem } from '../../../renderer/src/domain/session';

describe('the new-passphrase rule', () => {
  it('wants a passphrase, 12 characters, the top strength score, and the same twice', () => {
    expect(newPassphraseProblem('', '', 0)).toBe('empty');
    expect(newPassphraseProblem('kurz Wort 1', 'kurz Wort 1', 4)).toBe('tooShort');
    expect(newPassphraseProblem('Sommerferien2019', 'Sommerferien2019', 3)).toBe('weak');
    expect(newPassphraseProblem('Laterne Fahrrad Quittenbaum', 'Laterne Fahrrad Quittenbaun', 4)).toBe('mismatch');
    expect(newPassphraseProblem('Laterne Fahrrad Quittenbaum', 'Laterne Fahrrad Quittenbaum', 4)).toBeNull();
  });

  it('counts characters, not UTF-16 units, for the length', () => {
    // Twelve characters, four of them outside the basic plane.
    expect(newPassphraseProblem('😀😀😀😀abcdefgh', '😀😀😀😀abcdefgh', 4)).toBeNull();
    expect(newPassphraseProblem('😀😀😀😀😀😀', '😀😀😀😀😀😀', 4)).toBe('tooShort');
  });
});

describe('a generated passphrase', () => {
  it('is six groups of four unmistakable characters, with more than 100 bits', () => {
    expect(GENERATED_PASSPHRASE_BITS).toBeGreaterThanOrEqual(100);
    const made = new Set(Array.from({ length: 200 }, () => generatePassphrase()));
    expect(made.size).toBe(200);
    for (const passphrase of made) expect(passphrase).toMatch(/^([a-hjkmnp-z2-9]{4}-){5}[a-hjkmnp-z2-9]{4}$/);
  });

  it('draws again for bytes that would make some characters likelier (248 and above)', () => {
    // 31 characters: 248 = 8 × 31. A source that gives 255 first must not map it to a character.
    let call = 0;
    const source = (count: number) => {
      call += 1;
      return new Uint8Array(count).fill(call === 1 ? 255 : 0);
    };
    expect(generatePassphrase(source)).toBe('aaaa-aaaa-aaaa-aaaa-aaaa-aaaa');
    expect(call).toBe(2);
  });

  it('uses every character about equally often', () => {
    const counts = new Map<string, number>();
    for (let round = 0; round < 2000; round += 1) {
      for (const char of generatePassphrase().replaceAll('-', '')) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(31);
    const expected = (2000 * 24) / 31;
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.15);
  });
});

describe('the strength check', () => {
  it('scores common passwords low, with translatable feedback, and long unusual passphrases high', async () => {
    const check = await loadStrengthCheck();
    const common = check('password123');
    expect(common.score).toBeLessThan(2);
    expect(common.warning).toBe('common');
    expect(check('Sommerferien2019').score).toBeLessThan(4);
    expect(check('Schmetterling').suggestions).toContain('anotherWord');
    expect(check('Laterne Fahrrad Quittenbaum 42').score).toBe(4);
    expect(check(generatePassphrase()).score).toBe(4);
  }, 30_000);

  it('knows the name of the app as a guessable word', async () => {
    const check = await loadStrengthCheck();
    expect(check('roundtable').warning).toBe('userInputs');
  }, 30_000);
});

describe('the lock shortcut', () => {
  const key = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  });

  it('is Ctrl+L or Cmd+L, and nothing else', () => {
    expect(isLockShortcut(key('l', { ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(key('l', { metaKey: true }))).toBe(true);
    expect(isLockShortcut(key('L', { ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(key('l'))).toBe(false);
    expect(isLockShortcut(key('l', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isLockShortcut(key('l', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isLockShortcut(key('k', { ctrlKey: true }))).toBe(false);
  });
});

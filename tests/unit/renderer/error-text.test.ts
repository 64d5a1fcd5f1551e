import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { msg } from '../../../renderer/src/domain/validation';
import { resources } from '../../../renderer/src/i18n/resources';
import { PlatformError } from '../../../renderer/src/platform/types';
import { backupFailures } from '../../../electron/backup-failures';
import {
  AgreementMismatchError,
  LifecycleStepError,
  LocalUserMissingError,
  MinutesLockedError,
  RecordNotFoundError,
  StaleRevisionError,
  StorageError,
  TransitionRefusedError,
} from '../../../renderer/src/storage';
import { errorText } from '../../../renderer/src/ui/error-text';

async function translator(language: 'de' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources, defaultNS: 'common', interpolation: { escapeValue: false } });
  return instance.getFixedT(language, ['errors', 'common', 'validation', 'meetings', 'referrals']) as Parameters<typeof errorText>[1];
}

describe('every error in words', () => {
  it('has a sentence in both languages for every cause main names for a backup failure', async () => {
    for (const language of ['de', 'en'] as const) {
      const t = await translator(language);
      for (const reason of backupFailures) {
        const text = errorText(new PlatformError('failed', 'x', [], reason), t);
        expect(text, `${language} ${reason}`).not.toContain('errors:');
        expect(text).not.toBe(errorText(new PlatformError('failed', 'x'), t));
      }
    }
  });

  it('says precisely what was refused and what to do, never "unexpected"', async () => {
    const t = await translator('en');
    expect(errorText(new StaleRevisionError('meeting', 'm1', 3, 4), t)).toBe(
      'Not saved: this meeting was changed elsewhere (in another window) after you opened it. Your entries are still here, so you can copy what you need; then load the current version and make your change again.',
    );
    expect(errorText(new MinutesLockedError('m1'), t)).toContain('These minutes are approved and locked');
    expect(errorText(new LifecycleStepError('reasonRequired'), t)).toBe('Please give a reason for the amendment.');
    expect(errorText(new TransitionRefusedError('outcomeRequired'), t)).toBe('Choose an outcome to close the case.');
    expect(errorText(new RecordNotFoundError('partner', 'p1'), t)).toContain('This partner no longer exists or was archived');
    expect(errorText(new AgreementMismatchError('a1'), t)).toContain('does not bind both partners');
    expect(errorText(new LocalUserMissingError(), t)).toContain('Who is working here');
    for (const refused of [new StaleRevisionError('referral', 'r1', 1, 2), new MinutesLockedError('m1'), new LocalUserMissingError()]) {
      expect(errorText(refused, t)).not.toMatch(/unexpected/);
    }
  });

  it('tells a full disk from a failed export from an unexpected failure', async () => {
    const t = await translator('en');
    expect(errorText(new StorageError('quota', new Error('x')), t)).toContain('The disk is full');
    expect(errorText(new DOMException('quota', 'QuotaExceededError'), t)).toContain('The disk is full');
    expect(errorText(new StorageError('outdated', new Error('x')), t)).toContain('updated in another window');
    expect(errorText(new PlatformError('failed', 'EACCES: permission denied, open /x.pdf'), t, 'export')).toBe(
      'The file could not be saved or printed: EACCES: permission denied, open /x.pdf. Check that the disk has space and that you may write to the folder, then try again.',
    );
    expect(errorText(new PlatformError('failed', 'The disk of the backup folder is full.', [], 'diskFull'), t)).toBe(
      'The disk of the backup folder is full. Free some space there or choose another folder.',
    );
    expect(errorText(new Error('docx: table too wide'), t, 'export')).toContain('The export could not be made: docx: table too wide.');
    expect(errorText(new Error('something else'), t, 'save')).toContain('for an unexpected reason');
  });

  it('turns a refused record into the field rule it broke, in German too', async () => {
    const t = await translator('de');
    const tooLong = z
      .string()
      .max(5, { error: msg('tooLong', { max: 5 }) })
      .safeParse('zu lang');
    expect(errorText(tooLong.error, t)).toMatch(/^Nicht gespeichert: .*5/);
    expect(errorText(new StaleRevisionError('referral', 'r1', 1, 2), t)).toContain('Der Eintrag (Fall) wurde anderswo');
    expect(errorText(new MinutesLockedError('m1'), t)).toContain('Dieses Protokoll ist genehmigt und gesperrt');
  });
});

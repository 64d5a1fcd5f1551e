import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../../electron/main/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rt-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each([
  ['writeFileAtomic', writeFileAtomic],
  ['writeFileAtomicSync', async (...args: Parameters<typeof writeFileAtomicSync>) => writeFileAtomicSync(...args)],
])('%s', (_name, write) => {
  it('replaces the target and leaves only the target behind', async () => {
    const target = join(dir, 'out.bin');
    await write(target, new Uint8Array([1, 2, 3]));
    await write(target, new Uint8Array([4, 5]));
    expect([...(await readFile(target))]).toEqual([4, 5]);
    expect(await readdir(dir)).toEqual(['out.bin']);
  });

  it('creates files readable by the owner only', async () => {
    if (process.platform === 'win32') return;
    const target = join(dir, 'private.json');
    await write(target, '{}');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('fails without leaving a temp file when the target cannot be replaced', async () => {
    // A directory cannot be replaced by a file: rename fails after the temp file exists.
    const target = join(dir, 'taken');
    await mkdir(join(target, 'child'), { recursive: true });
    await expect(write(target, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
  });
});

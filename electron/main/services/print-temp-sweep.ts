/**
 * Crash clean-up from older versions, which printed through a temp file: a
 * `roundtable-print-XXXXXX` folder (fs.mkdtemp's six random characters) holding the printed
 * document in plain text. Removed at start; today's printing never writes one.
 *
 * Only folders of exactly that shape, owned by this user, are touched; links are not followed.
 */
import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const PRINT_DIR_PATTERN = /^roundtable-print-[A-Za-z0-9]{6}$/;

/** Removes leftover print folders in `tempDir`; returns their names. Never throws. */
export async function sweepStalePrintDirs(tempDir: string, uid: number | undefined = process.getuid?.()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(tempDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!PRINT_DIR_PATTERN.test(name)) continue;
    const path = join(tempDir, name);
    try {
      const stats = await lstat(path);
      // A shared /tmp: someone else's folder, or a link someone planted, is not ours to remove.
      if (!stats.isDirectory() || (uid !== undefined && stats.uid !== uid)) continue;
      await rm(path, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours after all: nothing to clean.
    }
  }
  return removed;
}

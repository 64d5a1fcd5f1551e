/**
 * Which distinctive strings lie in which files of a browser profile. Every regular file under
 * the directory is read as raw bytes and searched for each string as UTF-8 and as UTF-16LE:
 * Chromium keeps both (SQLite databases such as `History` and `Web Data` hold UTF-8 text,
 * page titles in `Sessions` are UTF-16, V8 serialises a string in IndexedDB as Latin-1 or
 * UTF-16). The search ignores the case of ASCII letters (an e-mail address may be stored
 * lower-cased) and also looks for the string as it appears in a URL.
 *
 * What it cannot see: text a file keeps compressed (LevelDB's Snappy-compressed tables, once
 * compacted) or split across SQLite overflow pages. A short test's profile keeps what it
 * wrote in LevelDB's uncompressed log, and short strings fit in one SQLite page.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type ProfileEncoding = 'utf-8' | 'utf-16le';

export interface ProfileFinding {
  /** The string searched for, as given. */
  needle: string;
  /** The file it was found in, relative to the profile directory, with `/` separators. */
  file: string;
  encodings: ProfileEncoding[];
}

/** Every regular file under `dir` (symbolic links, sockets and the like are skipped). */
export function profileFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...profileFiles(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** ASCII letters lower-cased, in place: both encodings of ASCII text then compare case-blind. */
function lowerAscii(bytes: Buffer): Buffer {
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]!;
    if (byte >= 0x41 && byte <= 0x5a) bytes[index] = byte + 0x20;
  }
  return bytes;
}

/** The spellings a string takes on disk: as typed, and percent- or form-encoded in a URL. */
function spellings(needle: string): string[] {
  return [...new Set([needle, encodeURIComponent(needle), encodeURIComponent(needle).replaceAll('%20', '+')])];
}

/**
 * Every (string, file) pair where the file holds the string, in any encoding. Files that
 * vanish or cannot be read during the scan (a lock file) are skipped.
 */
export function scanProfile(dir: string, needles: readonly string[]): ProfileFinding[] {
  const patterns = needles.map((needle) => ({
    needle,
    forms: spellings(needle).flatMap((spelling) => [
      { encoding: 'utf-8' as const, bytes: lowerAscii(Buffer.from(spelling, 'utf8')) },
      { encoding: 'utf-16le' as const, bytes: lowerAscii(Buffer.from(spelling, 'utf16le')) },
    ]),
  }));
  const findings: ProfileFinding[] = [];
  for (const path of profileFiles(dir)) {
    let content: Buffer;
    try {
      if (!lstatSync(path).isFile()) continue;
      content = lowerAscii(readFileSync(path));
    } catch {
      continue;
    }
    const file = relative(dir, path).split(sep).join('/');
    for (const { needle, forms } of patterns) {
      const encodings = [...new Set(forms.filter((form) => content.includes(form.bytes)).map((form) => form.encoding))];
      if (encodings.length > 0) findings.push({ needle, file, encodings });
    }
  }
  return findings;
}

/** The findings in files under `folder` (a path relative to the profile, e.g. `Default/IndexedDB`). */
export function findingsUnder(findings: readonly ProfileFinding[], folder: string): ProfileFinding[] {
  return findings.filter((finding) => finding.file.startsWith(`${folder}/`));
}

/** The findings everywhere but under any of `folders`. */
export function findingsOutside(findings: readonly ProfileFinding[], ...folders: string[]): ProfileFinding[] {
  return findings.filter((finding) => !folders.some((folder) => finding.file.startsWith(`${folder}/`)));
}

/** "Default/History: Zebrafink-title-7391 (utf-8)" lines, for a readable failure message. */
export function describeFindings(findings: readonly ProfileFinding[]): string[] {
  return findings.map((finding) => `${finding.file}: ${finding.needle} (${finding.encodings.join(', ')})`);
}

/**
 * Generated cities, cached per scale in out/bench-cache/ under a hash of everything that
 * decides their content (the generator, the record schemas, the schema version), so a rerun
 * skips generation. The city comes from the generator's child process as NDJSON (see
 * city/emit.ts) and is kept as that file.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';

export const root = resolve(import.meta.dirname, '../..');
export const cacheDir = resolve(root, 'out/bench-cache');

/** What the city's content depends on besides the scale. */
const sources = [
  'scripts/bench/city',
  'renderer/src/domain',
  'renderer/src/storage/tables.ts',
  'renderer/src/storage/migrations',
  'renderer/src/storage/repositories/referral-events.ts',
  'renderer/src/storage/repositories/settings.ts',
];

function filesUnder(path: string): string[] {
  const full = resolve(root, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => join(full, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/** What the sealed city depends on besides the plain one: the codec, the keys, the sealing. */
const sealingSources = [
  'renderer/src/crypto',
  'renderer/src/storage/codec.ts',
  'renderer/src/storage/sealed-codec.ts',
  'scripts/bench/passphrase.ts',
  'scripts/bench/seal-rows.ts',
  'scripts/bench/sealed-city.ts',
];

function hashOf(paths: string[], seed = ''): string {
  const hash = createHash('sha256').update(seed);
  for (const file of paths.flatMap(filesUnder)) hash.update(relative(root, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/** A short hash of the generator's sources: the cache key (with the scale). */
export function generatorHash(): string {
  return hashOf(sources);
}

/** The sealed city's cache key: the plain city's and the sealing's sources. */
export function sealingHash(generator: string): string {
  return hashOf(sealingSources, generator);
}

export interface CityMeta {
  scale: number;
  today: string;
  nextReviewOn: boolean;
  marks: { partnerId: string; typicalMeetingId: string; largeMeetingId: string; caseId: string; disclosureCaseId: string };
  counts: Record<string, number>;
  generatedMs: number;
  validatedMs: number;
}

export interface CachedCity {
  file: string;
  meta: CityMeta;
  /** The time generation took now; 0 when the cache had it. */
  generationMs: number;
}

export async function firstLine(file: string): Promise<string> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  throw new Error(`${file} is empty`);
}

/** The city of a scale: from the cache, or generated (in a child process) and cached. */
export async function cityFor(scale: number, hash: string): Promise<CachedCity> {
  mkdirSync(cacheDir, { recursive: true });
  const file = resolve(cacheDir, `city-${scale}-${hash}.ndjson`);
  let generationMs = 0;
  if (!existsSync(file)) {
    const started = performance.now();
    const partial = `${file}.partial`;
    const child = spawn(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', resolve(root, 'scripts/bench/city/emit.ts'), `--scale=${scale}`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<void>((done, fail) => {
      child.on('error', fail);
      child.on('close', (code) => (code === 0 ? done() : fail(new Error(`the city generator failed (exit ${code})`))));
    });
    await Promise.all([pipeline(child.stdout, createWriteStream(partial)), exited]);
    renameSync(partial, file);
    // Cities of this scale from an older generator are of no further use.
    for (const name of readdirSync(cacheDir)) if (name.startsWith(`city-${scale}-`) && resolve(cacheDir, name) !== file) rmSync(resolve(cacheDir, name));
    generationMs = performance.now() - started;
  }
  const { city } = JSON.parse(await firstLine(file)) as { city: CityMeta };
  return { file, meta: city, generationMs };
}

/** The chunks of rows after the first line, one store at a time, as their JSON text. */
export async function* cityChunks(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (first) {
      first = false;
      continue;
    }
    if (line) yield line;
  }
}

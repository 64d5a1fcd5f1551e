/**
 * The city encrypted at rest, as the app would have stored it: a keyring made in Node for
 * the bench passphrase with the app's DEFAULT Argon2id cost (so unlocking is measured with
 * the real parameters), and every row sealed (seal-rows.ts). Cached beside the plain city in
 * out/bench-cache/ as `sealed-city-<scale>-<hash>.ndjson`, under the same hash (whose sources
 * include the codec, the crypto and these files, see cache.ts): a plaintext city or profile
 * of before is never taken for it, and the profile marker names this file.
 *
 * Same format as the plain city: the first line `{city}` (plus `sealed`: when, how long),
 * then `{store, rows}` chunks in the same order.
 */
import { createWriteStream, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createKeyring, unwrapWithPassphrase } from '../../renderer/src/crypto/keyring';
import { deriveSessionKeys } from '../../renderer/src/crypto/session-keys';
import { cacheDir, cityChunks, firstLine, type CachedCity, type CityMeta } from './cache';
import { BENCH_PASSPHRASE } from './passphrase';
import { CitySealer } from './seal-rows';

export interface SealedCity {
  file: string;
  meta: CityMeta;
  /** The time sealing (and checking) took now; 0 when the cache had it. */
  sealingMs: number;
}

async function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}

async function sealCity(city: CachedCity, file: string): Promise<void> {
  const now = new Date();
  const made = await createKeyring(BENCH_PASSPHRASE, now);
  const checkingKey = await unwrapWithPassphrase(made.keyring, BENCH_PASSPHRASE);
  const sealer = new CitySealer(city.meta.today, made.keyring, deriveSessionKeys(made.dataKey), deriveSessionKeys(checkingKey), now);
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  try {
    await writeLine(out, JSON.stringify({ city: { ...city.meta, sealed: { at: now.toISOString(), keyringId: made.keyring.id, kdf: made.keyring.kdf } } }));
    for await (const line of cityChunks(city.file)) {
      const { store, rows } = JSON.parse(line) as { store: string; rows: object[] };
      await writeLine(out, JSON.stringify({ store, rows: sealer.seal(store, rows) }));
    }
    const verdict = sealer.verdict();
    if (!verdict.ok) throw new Error(`the sealed audit chain does not verify: ${JSON.stringify(verdict)}`);
  } finally {
    out.end();
    await once(out, 'close');
  }
  renameSync(partial, file);
}

/** The sealed city of `city`: from the cache, or sealed now (and cities of before removed). */
export async function sealedCityFor(city: CachedCity, hash: string): Promise<SealedCity> {
  const file = resolve(cacheDir, `sealed-city-${city.meta.scale}-${hash}.ndjson`);
  let sealingMs = 0;
  if (!existsSync(file)) {
    const started = performance.now();
    await sealCity(city, file);
    for (const name of readdirSync(cacheDir))
      if (name.startsWith(`sealed-city-${city.meta.scale}-`) && resolve(cacheDir, name) !== file) rmSync(resolve(cacheDir, name));
    sealingMs = performance.now() - started;
  }
  const { city: meta } = JSON.parse(await firstLine(file)) as { city: CityMeta };
  return { file, meta, sealingMs };
}

/**
 * The cost of encryption itself, in the same Chromium the pages run in: codec-page.ts
 * (the app's sealed codec) bundled with Vite into one script, run on a blank page over a
 * sample of the city's real rows per record kind (the first chunk of each store, up to
 * 2,000 rows). Gives microseconds per row to seal and to open, sizes, and MB/s.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { chromiumArgs, CHROMIUM } from '../../tests/e2e/support/browser';
import { cityChunks, root } from './cache';
import type { CodecCost, CodecSample } from './codec-page';

const SAMPLE_ROWS = 2000;

let bundled: Promise<string> | undefined;

/** codec-page.ts and what it imports, as one classic script. */
function pageScript(): Promise<string> {
  bundled ??= (async () => {
    const output = await build({
      configFile: false,
      logLevel: 'warn',
      root,
      build: {
        write: false,
        minify: true,
        lib: { entry: resolve(root, 'scripts/bench/codec-page.ts'), formats: ['iife'], name: 'benchCodecBundle', fileName: 'codec-page' },
      },
    });
    const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    const chunk = outputs.flatMap((result) => result.output).find((file) => file.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('the codec page script was not built');
    return chunk.code;
  })();
  return bundled;
}

/** The first chunk of every store but the settings, up to SAMPLE_ROWS rows each. */
async function samplesOf(cityFile: string): Promise<CodecSample[]> {
  const samples = new Map<string, object[]>();
  for await (const line of cityChunks(cityFile)) {
    const store = /^\{"store":"([^"]+)"/.exec(line)?.[1];
    if (!store || store === 'settings' || samples.has(store)) continue;
    samples.set(store, (JSON.parse(line) as { rows: object[] }).rows.slice(0, SAMPLE_ROWS));
  }
  return [...samples].map(([store, rows]) => ({ store, rows }));
}

export async function measureCodec(plainCityFile: string, rounds = 5): Promise<CodecCost[]> {
  const [script, samples] = await Promise.all([pageScript(), samplesOf(plainCityFile)]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: script });
    return await page.evaluate(
      ({ samples, rounds }) => (globalThis as unknown as { benchCodec: (s: CodecSample[], r: number) => CodecCost[] }).benchCodec(samples, rounds),
      { samples, rounds },
    );
  } finally {
    await browser.close();
  }
}

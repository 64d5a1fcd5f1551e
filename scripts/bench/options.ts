/** The benchmark's command-line options (see index.ts). */
import type { Limits } from './measure-pages';

const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

export const scales = option('scales', '0.01,0.1,1').split(',').map(Number);
export const runs = Number(option('runs', '3'));
const only = option('only', '')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
/** Whether a measurement (a page's name, or "search", "audit", "exports", "unlock", "decoding", "codec") is to run. */
export const wanted = (name: string) => only.length === 0 || only.includes(name.toLowerCase());
export const limits: Limits = { usefulMs: Number(option('timeout', '60')) * 1000 };

if (scales.some((scale) => !(scale > 0)) || !(runs >= 1)) throw new Error('usage: --scales=0.01,0.1,1 --runs=3 --only=partners,search --timeout=60');

/**
 * How the audit check copes with a large city's trail (`npm run bench:audit`): seeds N audit
 * entries (a valid chain, built with the app's own nextEntry) into the web edition's
 * IndexedDB, then in Debian's Chromium, from Settings:
 *  - the full re-check: from the click until the result shows, and the longest long task on
 *    the main thread meanwhile (the check runs in a Web Worker; the window should stay free);
 *  - after M more entries, the check from the checkpoint on: the same two numbers, and how
 *    many entries it rehashed.
 * Options: --entries=300000  --added=100. Builds the web edition first when out/web is
 * missing. Prints numbers; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { AppPage, firstStart } from '../tests/e2e/pages/app';
import { launchBrowser } from '../tests/e2e/support/browser';
import { seedAuditTrail } from '../tests/e2e/support/seed-audit-trail';
import { startWebEdition } from '../tests/e2e/support/server';
import { gotoAndUnlock } from '../tests/e2e/support/session';

const root = resolve(import.meta.dirname, '..');
const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const entries = Number(option('entries', '300000'));
const added = Number(option('added', '100'));

/** Collects long tasks from page load on. */
const observeLongTasks = () => {
  const store = window as unknown as { __longTasks: { start: number; duration: number }[] };
  store.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

interface CheckRun {
  ms: number;
  longestTaskMs: number;
  longTasks: number;
  result: string;
}

/** Clicks the button and waits in the page until the result shows; timed in the page. */
async function timeCheck(page: Page, button: string): Promise<CheckRun> {
  const since = await page.evaluate(() => performance.now());
  const run = await page.evaluate(async (button) => {
    const target = [...document.querySelectorAll<HTMLButtonElement>('.audit-check button')].find((candidate) => candidate.textContent?.trim() === button);
    if (!target) throw new Error(`no button "${button}"`);
    const result = document.querySelector('.audit-result')!;
    const started = performance.now();
    target.click();
    // The result region empties when a check starts and fills when it is done.
    for (;;) {
      await new Promise((done) => setTimeout(done, 20));
      const text = result.textContent ?? '';
      if (text && !document.querySelector('.audit-progress')) return { ms: performance.now() - started, result: text };
    }
  }, button);
  const tasks = await page.evaluate(
    (since) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter((task) => task.start >= since)
        .map((task) => task.duration),
    since,
  );
  return { ...run, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length };
}

async function main(): Promise<void> {
  if (!existsSync(resolve(root, 'out/web/index.html'))) execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
  const server = await startWebEdition();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 860 }, timezoneId: 'Europe/Berlin' });
    // Seeding builds a lot of garbage in the page it runs in: seed in one page, measure in another.
    const seeder = await context.newPage();
    seeder.setDefaultTimeout(30 * 60_000);
    await seeder.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await seeder.goto(server.url);
    await firstStart(seeder, 'en', 'empty');
    let started = Date.now();
    await seedAuditTrail(seeder, entries);
    console.log(`seeded ${entries.toLocaleString('en-GB')} entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await seeder.close();

    const page = await context.newPage();
    page.setDefaultTimeout(30 * 60_000);
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript(observeLongTasks);
    // A new window meets the lock screen (the keys live only in memory): unlock it first.
    await gotoAndUnlock(page, server.url);
    const app = new AppPage(page);
    await app.heading().waitFor();
    await app.navigate('Settings');
    await page.waitForTimeout(1000);

    const navigatorCores = await page.evaluate(() => navigator.hardwareConcurrency);
    const full = await timeCheck(page, 'Full re-check');
    started = Date.now();
    await seedAuditTrail(page, added);
    console.log(`added ${added} entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const incremental = await timeCheck(page, 'Check audit trail');
    const checked = /checked ([\d,]+) entries/.exec(incremental.result)?.[1] ?? '?';

    const row = (label: string, run: CheckRun) =>
      `${label.padEnd(34)} ${(run.ms / 1000).toFixed(2).padStart(8)} s ${run.longestTaskMs.toFixed(0).padStart(8)} ms ${String(run.longTasks).padStart(6)}`;
    console.log(
      `\nload average during the run: ${loadavg()
        .map((load) => load.toFixed(1))
        .join(', ')} (on ${navigatorCores} cores)`,
    );
    console.log(`\n${'check'.padEnd(34)} ${'duration'.padStart(10)} ${'longest task'.padStart(11)} ${'tasks'.padStart(6)}`);
    console.log(row(`full, ${entries.toLocaleString('en-GB')} entries`, full));
    console.log(row(`from checkpoint, +${added} entries`, incremental));
    console.log(`\nthe check from the checkpoint rehashed ${checked} entries`);
    console.log(`full: ${full.result}\nincremental: ${incremental.result}`);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

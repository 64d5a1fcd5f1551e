/**
 * What users do on the pages, each on a fresh browser: typing into a list's search box, the
 * audit check on Settings, and the exports (minutes in every format the web edition offers,
 * a case's disclosure log as CSV, open actions as a calendar).
 */
import type { Page } from 'playwright-core';
import type { CityMeta } from './cache';
import { openAndSettle, url, withBrowser, type Limits, type Outcome } from './measure-pages';
import { pages, usefulSpec } from './pages';
import { longTasksBetween, settle, typeAndTime } from './probes';

export interface SearchSample {
  keystrokes: number[] | 'timeout' | 'error';
  longestTaskMs: Outcome;
}

export async function measureSearch(dir: string, baseUrl: string, pageName: string, limits: Limits): Promise<SearchSample> {
  const spec = pages.find((page) => page.name === pageName)!;
  return withBrowser(dir, async (context, page) => {
    if (!(await openAndSettle(context, page, baseUrl, spec.path({} as CityMeta['marks']), usefulSpec(spec), limits)))
      return { keystrokes: 'timeout', longestTaskMs: 'timeout' };
    const typed = await page.evaluate(typeAndTime, { input: 'main input[type="search"]', word: spec.search!, quietMs: 400 });
    if (!typed) return { keystrokes: 'error', longestTaskMs: 'error' };
    const tasks = await page.evaluate(longTasksBetween, { from: typed.began, to: typed.ended });
    return { keystrokes: typed.times, longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)) };
  });
}

export interface AuditSample {
  ms: Outcome;
  longestTaskMs: Outcome;
  verdict: string;
}

/** Settings → "Check audit trail": until a result notice shows, and the longest task meanwhile. */
export async function measureAuditCheck(dir: string, baseUrl: string, limits: Limits): Promise<AuditSample> {
  const settingsSpec = usefulSpec(pages.find((page) => page.name === 'settings')!);
  return withBrowser(dir, async (context, page) => {
    if (!(await openAndSettle(context, page, baseUrl, '/settings', settingsSpec, limits))) return { ms: 'timeout', longestTaskMs: 'timeout', verdict: '' };
    await page.getByRole('button', { name: /check audit trail/i }).waitFor();
    const outcome = await page.evaluate(
      async ({ timeoutMs }) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('main button')].find((candidate) =>
          /check audit trail/i.test(candidate.textContent ?? ''),
        )!;
        const result = () => document.querySelector('main [role="status"] .notice, main .audit-result .notice');
        const started = performance.now();
        button.click();
        const at = await new Promise<number | null>((resolve) => {
          const timer = setTimeout(() => resolve(null), timeoutMs);
          const check = () => {
            if (!result()) return;
            observer.disconnect();
            clearTimeout(timer);
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
          };
          const observer = new MutationObserver(check);
          observer.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
        });
        return { started, at, verdict: result()?.textContent?.trim() ?? '' };
      },
      { timeoutMs: Math.max(limits.usefulMs, 5 * 60_000) },
    );
    if (outcome.at === null) return { ms: 'timeout', longestTaskMs: 'timeout', verdict: '' };
    const tasks = await page.evaluate(longTasksBetween, { from: outcome.started, to: outcome.at });
    return { ms: outcome.at - outcome.started, longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)), verdict: outcome.verdict };
  });
}

export type ExportName = 'minutes Markdown' | 'minutes Word' | 'minutes PDF (print)' | 'disclosure log CSV' | 'open actions ICS';
export const exportNames: ExportName[] = ['minutes Markdown', 'minutes Word', 'minutes PDF (print)', 'disclosure log CSV', 'open actions ICS'];

/** From the click that starts it until the file is downloaded (or, for print, the print notice shows). */
async function timeDownload(page: Page, start: () => Promise<void>, timeoutMs: number): Promise<Outcome> {
  const started = Date.now();
  try {
    await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), start()]);
    return Date.now() - started;
  } catch {
    return 'timeout';
  }
}

async function exportMinutes(page: Page, format: 'markdown' | 'docx' | 'pdf', timeoutMs: number): Promise<Outcome> {
  await page.getByRole('button', { name: /export minutes/i }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Format', { exact: true }).selectOption(format);
  const go = dialog.getByRole('button', { name: 'Export', exact: true });
  if (format !== 'pdf') return timeDownload(page, () => go.click(), timeoutMs);
  const started = Date.now();
  await go.click();
  try {
    await page
      .locator('.notices')
      .getByText(/print dialog/i)
      .waitFor({ timeout: timeoutMs });
    return Date.now() - started;
  } catch {
    return 'timeout';
  }
}

export async function measureExports(dir: string, baseUrl: string, marks: CityMeta['marks'], limits: Limits): Promise<Record<ExportName, Outcome>> {
  const results = Object.fromEntries(exportNames.map((name) => [name, 'error'])) as Record<ExportName, Outcome>;
  const meetingSpec = usefulSpec(pages.find((page) => page.name === 'meeting page')!);
  const caseSpec = usefulSpec(pages.find((page) => page.name === 'case page')!);
  const actionsSpec = usefulSpec(pages.find((page) => page.name === 'actions')!);
  const wait = limits.usefulMs;
  await withBrowser(dir, async (context, page) => {
    if (await openAndSettle(context, page, baseUrl, `/meetings/${marks.typicalMeetingId}`, meetingSpec, limits)) {
      results['minutes Markdown'] = await exportMinutes(page, 'markdown', wait);
      results['minutes Word'] = await exportMinutes(page, 'docx', wait);
      results['minutes PDF (print)'] = await exportMinutes(page, 'pdf', wait);
    }
    await page.goto(url(baseUrl, `/referrals/${marks.disclosureCaseId}`));
    await page.locator(caseSpec.useful).first().waitFor({ timeout: wait });
    await page.evaluate(settle, { since: 0, quietMs: 500, capMs: 15_000 });
    results['disclosure log CSV'] = await timeDownload(page, () => page.getByRole('button', { name: /export as csv/i }).click(), wait);
    await page.goto(url(baseUrl, '/actions'));
    await page.locator(actionsSpec.useful).first().waitFor({ timeout: wait });
    await page.evaluate(settle, { since: 0, quietMs: 500, capMs: 15_000 });
    results['open actions ICS'] = await timeDownload(page, () => page.getByRole('button', { name: /open actions as calendar/i }).click(), wait);
  }).catch((error: unknown) => console.log(`  exports: ${(error as Error).message.split('\n')[0]}`));
  return results;
}

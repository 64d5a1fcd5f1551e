/** Reading what the app exported: downloads, DOCX XML, PDF text. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Download, Page } from 'playwright-core';

const outDir = mkdtempSync(join(tmpdir(), 'roundtable-e2e-'));

export async function saveDownload(download: Download): Promise<string> {
  const path = join(outDir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

/** The text XML of a DOCX: body, headers and footers. */
export function docxXml(path: string): string {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.entries(files)
    .filter(([name]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n');
}

/**
 * The web edition prints minutes through the browser's print dialog from a hidden iframe.
 * To read what would be printed, the test prints that same document to PDF with Chromium
 * (the engine the desktop app's printToPDF uses) and extracts its text with pdftotext.
 */
export async function printFrameToPdfText(page: Page, context: BrowserContext, baseUrl: string): Promise<string> {
  const frame = page.frame({ name: 'roundtable-print' });
  if (!frame) throw new Error('no print frame');
  await frame.waitForLoadState();
  const html = await frame.content();
  const printPage = await context.newPage();
  await printPage.goto(baseUrl);
  await printPage.setContent(html, { waitUntil: 'load' });
  const path = join(outDir, `${Date.now()}.pdf`);
  await printPage.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await printPage.close();
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

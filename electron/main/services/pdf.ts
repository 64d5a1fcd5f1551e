/**
 * pdf:print: turns an HTML document (built by the renderer's exporters) into PDF bytes.
 *
 * The document is printed in a hidden, sandboxed window with JavaScript off, in its own
 * in-memory session whose network layer refuses everything but the document itself, so
 * printed records cannot fetch remote content (tracking pixels) or local files. The HTML
 * goes through a private temp file (mode 0o600 in a fresh mkdtemp dir) rather than a data:
 * URL, which Chromium caps in size; the file is removed however printing ends.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import type { ContractParsedInput } from '../../contract';

/** The parts of a BrowserWindow the printer uses; a fake one in tests. */
export interface PrintWindow {
  loadFile(filePath: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
  webContents: {
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
    session: {
      webRequest: {
        onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
      };
    };
  };
}

export interface PrintToPdfDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow;
  /** os.tmpdir() */
  tempDir: () => string;
}

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      // No "persist:" prefix: an in-memory session, so nothing printed lands in a cache on
      // disk. A fresh one per print so concurrent prints cannot allow each other's files.
      partition: `pdf-${randomUUID()}`,
    },
  };
}

/**
 * Whether a request is for the one document being printed. Compared as file paths, not URL
 * strings, so Chromium's and Node's URL spellings (drive-letter case, escaping) cannot differ.
 */
export function isDocumentRequest(url: string, documentPath: string, platform = process.platform): boolean {
  let requested: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:' || parsed.search !== '') return false;
    requested = resolve(fileURLToPath(parsed));
  } catch {
    return false;
  }
  const expected = resolve(documentPath);
  return platform === 'win32' ? requested.toLowerCase() === expected.toLowerCase() : requested === expected;
}

export function createPrintToPdfHandler(deps: PrintToPdfDeps) {
  return async (input: ContractParsedInput<'printToPdf'>): Promise<Uint8Array> => {
    const dir = await mkdtemp(join(deps.tempDir(), 'roundtable-print-'));
    let win: PrintWindow | undefined;
    try {
      const htmlPath = join(dir, 'document.html');
      await writeFile(htmlPath, input.html, { encoding: 'utf8', mode: 0o600 });

      win = deps.createWindow(printWindowOptions());
      win.webContents.session.webRequest.onBeforeRequest((details, callback) => {
        callback({ cancel: !isDocumentRequest(details.url, htmlPath) });
      });
      await win.loadFile(htmlPath);
      const pdf = await win.webContents.printToPDF({
        pageSize: input.pageSize,
        landscape: input.landscape,
        printBackground: true,
        // The document's @page rule sets A4, the margins and the page-number margin boxes.
        preferCSSPageSize: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      // destroy(), not close(): nothing in this window may veto or delay its end.
      if (win !== undefined && !win.isDestroyed()) win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}

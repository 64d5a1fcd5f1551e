/**
 * pdf:print: turns an HTML document (built by the renderer's exporters) into PDF bytes.
 *
 * The document is printed in a hidden, sandboxed window with JavaScript off, in its own fresh
 * in-memory session. It never touches the disk: the window's session serves it from memory on
 * a private scheme (`roundtable-print://document/`, registered on that session only), and its
 * network layer refuses every other request, so printed records cannot fetch remote content
 * (tracking pixels) or local files. A data: URL would avoid the handler too, but Chromium caps
 * its size. Older versions went through a temp file; print-temp-sweep.ts removes any a crash
 * left behind.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import type { ContractParsedInput } from '../../contract';

/** Not registered as privileged: an opaque origin with no storage, which is all a print needs. */
export const PRINT_SCHEME = 'roundtable-print';
export const PRINT_DOCUMENT_URL = `${PRINT_SCHEME}://document/`;

/**
 * Sent with the document: inline styles (the exporters inline their stylesheet) and nothing
 * else, should a record ever smuggle in markup that the request filter would have to catch.
 */
export const PRINT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The parts of a BrowserWindow the printer uses; a fake one in tests. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
  webContents: {
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
    session: {
      protocol: {
        handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
        unhandle(scheme: string): void;
      };
      webRequest: {
        onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
      };
    };
  };
}

export interface PrintToPdfDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow;
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
      // Nothing to check in a print, and no reason for Chromium to look for dictionaries.
      spellcheck: false,
      // No "persist:" prefix: an in-memory session, so nothing printed lands in a cache on
      // disk. A fresh one per print so concurrent prints cannot see each other's documents.
      partition: `pdf-${randomUUID()}`,
    },
  };
}

/** Whether a request is for the one document being printed: exactly that URL, nothing appended. */
export function isDocumentRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${PRINT_SCHEME}:` &&
    parsed.host === 'document' &&
    parsed.pathname === '/' &&
    parsed.search === '' &&
    parsed.hash === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The print scheme's handler: the document for its one URL, 404 for anything else. */
export function printDocumentHandler(html: string): (request: Request) => Response {
  return (request) => {
    if (request.method !== 'GET' || !isDocumentRequest(request.url)) return new Response(null, { status: 404 });
    return new Response(html, {
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY,
        // Not even the in-memory cache keeps a copy.
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

export function createPrintToPdfHandler(deps: PrintToPdfDeps) {
  return async (input: ContractParsedInput<'printToPdf'>): Promise<Uint8Array> => {
    const win = deps.createWindow(printWindowOptions());
    const { session } = win.webContents;
    try {
      session.webRequest.onBeforeRequest((details, callback) => {
        callback({ cancel: !isDocumentRequest(details.url) });
      });
      session.protocol.handle(PRINT_SCHEME, printDocumentHandler(input.html));
      await win.loadURL(PRINT_DOCUMENT_URL);
      const pdf = await win.webContents.printToPDF({
        pageSize: input.pageSize,
        landscape: input.landscape,
        printBackground: true,
        // The document's @page rule sets A4, the margins and the page-number margin boxes.
        preferCSSPageSize: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      // The session outlives the window; its handler must not keep the document alive in memory.
      try {
        session.protocol.unhandle(PRINT_SCHEME);
      } catch {
        // Never registered (creating the window or the filter failed first).
      }
      // destroy(), not close(): nothing in this window may veto or delay its end.
      if (!win.isDestroyed()) win.destroy();
    }
  };
}

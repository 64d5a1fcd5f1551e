import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintToPDFOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPrintToPdfHandler,
  isDocumentRequest,
  PRINT_DOCUMENT_URL,
  PRINT_SCHEME,
  printDocumentHandler,
  printWindowOptions,
  type PrintWindow,
} from '../../../electron/main/services/pdf';
import { sweepStalePrintDirs } from '../../../electron/main/services/print-temp-sweep';

const PDF = Buffer.from('%PDF-1.7 fake');

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * A print window whose session keeps its protocol handlers like Electron's does, and whose
 * loadURL fetches through them, so the test sees what the page would have been served.
 */
function fakeWindow(print: (options: PrintToPDFOptions) => Promise<Uint8Array> = async () => PDF) {
  const handlers = new Map<string, Handler>();
  const seen: { html?: string; contentType?: string | null; csp?: string | null; url?: string } = {};
  let requestFilter: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
  let destroyed = false;
  const win = {
    loadURL: vi.fn(async (url: string) => {
      seen.url = url;
      const handler = handlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) throw new Error('ERR_UNKNOWN_URL_SCHEME');
      const response = await handler(new Request(url));
      if (!response.ok) throw new Error('ERR_FILE_NOT_FOUND');
      seen.html = await response.text();
      seen.contentType = response.headers.get('Content-Type');
      seen.csp = response.headers.get('Content-Security-Policy');
    }),
    isDestroyed: () => destroyed,
    destroy: vi.fn(() => {
      destroyed = true;
    }),
    webContents: {
      printToPDF: vi.fn(print),
      session: {
        protocol: {
          handle: vi.fn((scheme: string, handler: Handler) => void handlers.set(scheme, handler)),
          unhandle: vi.fn((scheme: string) => void handlers.delete(scheme)),
        },
        webRequest: {
          onBeforeRequest: vi.fn((listener: typeof requestFilter) => {
            requestFilter = listener;
          }),
        },
      },
    },
  } satisfies PrintWindow;
  const isAllowed = (url: string) => {
    let cancel = true;
    requestFilter?.({ url }, (response) => (cancel = response.cancel));
    return !cancel;
  };
  return { win, seen, isAllowed, handlers };
}

const input = { html: '<h1>Protokoll: Frau Mustermann</h1>', pageSize: 'A4' as const, landscape: true };

let tempRoot: string;
beforeEach(async () => {
  tempRoot = await mkdtemp(join(tmpdir(), 'rt-pdf-'));
});
afterEach(async () => {
  await rm(tempRoot, { recursive: true, force: true });
});

describe('printToPdf', () => {
  it('prints the HTML served from memory in a hidden window and returns the PDF bytes', async () => {
    const { win, seen } = fakeWindow();
    const createWindow = vi.fn(() => win);
    const bytes = await createPrintToPdfHandler({ createWindow })(input);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 fake');
    expect(seen.url).toBe(PRINT_DOCUMENT_URL);
    expect(seen.html).toBe(input.html);
    expect(seen.contentType).toBe('text/html; charset=utf-8');
    expect(seen.csp).toContain("default-src 'none'");
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    expect(win.destroy).toHaveBeenCalled();
  });

  it('writes nothing to the temp folder (no plaintext copy of the document on disk)', async () => {
    const before = await readdir(tmpdir());
    let during: string[] = [];
    const { win } = fakeWindow(async () => {
      during = await readdir(tmpdir());
      return PDF;
    });
    await createPrintToPdfHandler({ createWindow: () => win })(input);
    expect(during.filter((name) => name.startsWith('roundtable-print-') && !before.includes(name))).toEqual([]);
  });

  it("registers the document on the print window's own session only, and drops it afterwards", async () => {
    const { win, handlers } = fakeWindow();
    await createPrintToPdfHandler({ createWindow: () => win })(input);
    expect(win.webContents.session.protocol.handle).toHaveBeenCalledWith(PRINT_SCHEME, expect.any(Function));
    expect(win.webContents.session.protocol.unhandle).toHaveBeenCalledWith(PRINT_SCHEME);
    // The session outlives the window: its handler must not hold on to the records.
    expect(handlers.size).toBe(0);
  });

  it('uses a hidden, sandboxed window without JavaScript or spellcheck in its own in-memory session', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, javascript: false, nodeIntegration: false, contextIsolation: true, spellcheck: false });
    expect(options.webPreferences?.partition).toMatch(/^pdf-/);
    expect(options.webPreferences?.partition).not.toMatch(/^persist:/);
    expect(printWindowOptions().webPreferences?.partition).not.toBe(options.webPreferences?.partition);
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('blocks every request except the document being printed', async () => {
    const { win, isAllowed } = fakeWindow();
    await createPrintToPdfHandler({ createWindow: () => win })(input);
    expect(isAllowed(PRINT_DOCUMENT_URL)).toBe(true);
    expect(isAllowed('https://tracker.example/pixel.png')).toBe(false);
    expect(isAllowed('file:///etc/passwd')).toBe(false);
    expect(isAllowed(`${PRINT_DOCUMENT_URL}?x=1`)).toBe(false);
    expect(isAllowed(`${PRINT_DOCUMENT_URL}other.png`)).toBe(false);
    expect(isAllowed(`${PRINT_SCHEME}://other/`)).toBe(false);
    expect(isAllowed('app://roundtable/index.html')).toBe(false);
    expect(isAllowed('data:image/png;base64,AAAA')).toBe(false);
  });

  it('closes the window and drops the document when printing throws', async () => {
    const { win, handlers } = fakeWindow(async () => {
      throw new Error('printing failed');
    });
    await expect(createPrintToPdfHandler({ createWindow: () => win })(input)).rejects.toThrow('printing failed');
    expect(win.destroy).toHaveBeenCalled();
    expect(handlers.size).toBe(0);
  });

  it('cleans up when loading fails, too', async () => {
    const { win, handlers } = fakeWindow();
    win.loadURL.mockRejectedValueOnce(new Error('ERR_BLOCKED'));
    await expect(createPrintToPdfHandler({ createWindow: () => win })(input)).rejects.toThrow();
    expect(win.destroy).toHaveBeenCalled();
    expect(handlers.size).toBe(0);
  });
});

describe('the print scheme handler', () => {
  it('serves the document for its one URL and nothing else', async () => {
    const handler = printDocumentHandler('<p>x</p>');
    expect(await handler(new Request(PRINT_DOCUMENT_URL)).text()).toBe('<p>x</p>');
    expect(handler(new Request(PRINT_DOCUMENT_URL)).headers.get('Cache-Control')).toBe('no-store');
    expect(handler(new Request(`${PRINT_DOCUMENT_URL}style.css`)).status).toBe(404);
    expect(handler(new Request(`${PRINT_DOCUMENT_URL}#top`)).status).toBe(404);
    expect(handler(new Request(PRINT_DOCUMENT_URL, { method: 'POST', body: 'x' })).status).toBe(404);
  });

  it('isDocumentRequest accepts only the exact document URL', () => {
    expect(isDocumentRequest('roundtable-print://document/')).toBe(true);
    expect(isDocumentRequest('ROUNDTABLE-PRINT://document/')).toBe(true);
    expect(isDocumentRequest('roundtable-print://user:pw@document/')).toBe(false);
    expect(isDocumentRequest('not a url')).toBe(false);
  });
});

describe('sweepStalePrintDirs', () => {
  it('removes the print folders a crash of an older version left behind, and nothing else', async () => {
    await mkdir(join(tempRoot, 'roundtable-print-a1B2c3'));
    await writeFile(join(tempRoot, 'roundtable-print-a1B2c3', 'document.html'), '<h1>Frau Mustermann</h1>');
    await mkdir(join(tempRoot, 'roundtable-print-zzzzzz'));
    await mkdir(join(tempRoot, 'roundtable-printer-abcdef'));
    await mkdir(join(tempRoot, 'roundtable-print-toolongname'));
    await writeFile(join(tempRoot, 'roundtable-print-file00'), 'a file, not a folder');
    await mkdir(join(tempRoot, 'other'));
    const removed = await sweepStalePrintDirs(tempRoot);
    expect(removed.sort()).toEqual(['roundtable-print-a1B2c3', 'roundtable-print-zzzzzz']);
    expect((await readdir(tempRoot)).sort()).toEqual(['other', 'roundtable-print-file00', 'roundtable-print-toolongname', 'roundtable-printer-abcdef']);
  });

  it.runIf(process.platform !== 'win32')('does not follow a link named like a print folder', async () => {
    const target = join(tempRoot, 'precious');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'keep');
    await symlink(target, join(tempRoot, 'roundtable-print-link01'));
    await sweepStalePrintDirs(tempRoot);
    expect(await readdir(target)).toEqual(['keep.txt']);
  });

  it('leaves folders of other users alone', async () => {
    await mkdir(join(tempRoot, 'roundtable-print-abc123'));
    const otherUser = 12345678;
    await expect(sweepStalePrintDirs(tempRoot, otherUser)).resolves.toEqual([]);
    expect(await readdir(tempRoot)).toEqual(['roundtable-print-abc123']);
  });

  it('never throws, even without a temp folder', async () => {
    await expect(sweepStalePrintDirs(join(tempRoot, 'missing'))).resolves.toEqual([]);
  });
});

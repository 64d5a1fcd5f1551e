import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintToPDFOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrintToPdfHandler, isDocumentRequest, printWindowOptions, type PrintWindow } from '../../../electron/main/services/pdf';

let tempRoot: string;
beforeEach(async () => {
  tempRoot = await mkdtemp(join(tmpdir(), 'rt-pdf-'));
});
afterEach(async () => {
  await rm(tempRoot, { recursive: true, force: true });
});

const PDF = Buffer.from('%PDF-1.7 fake');

function fakeWindow(print: (options: PrintToPDFOptions) => Promise<Uint8Array> = async () => PDF) {
  const seen: { html?: string; mode?: number; path?: string } = {};
  let requestFilter: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
  let destroyed = false;
  const win = {
    loadFile: vi.fn(async (path: string) => {
      seen.path = path;
      seen.html = await readFile(path, 'utf8');
      seen.mode = (await stat(path)).mode & 0o777;
    }),
    isDestroyed: () => destroyed,
    destroy: vi.fn(() => {
      destroyed = true;
    }),
    webContents: {
      printToPDF: vi.fn(print),
      session: {
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
  return { win, seen, isAllowed };
}

const input = { html: '<h1>Protokoll</h1>', pageSize: 'A4' as const, landscape: true };

describe('printToPdf', () => {
  it('prints the HTML in a hidden window and returns the PDF bytes', async () => {
    const { win, seen } = fakeWindow();
    const createWindow = vi.fn(() => win);
    const bytes = await createPrintToPdfHandler({ createWindow, tempDir: () => tempRoot })(input);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 fake');
    expect(seen.html).toBe(input.html);
    if (process.platform !== 'win32') expect(seen.mode).toBe(0o600);
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    expect(win.destroy).toHaveBeenCalled();
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('uses a hidden, sandboxed window without JavaScript in its own in-memory session', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, javascript: false, nodeIntegration: false, contextIsolation: true });
    expect(options.webPreferences?.partition).toMatch(/^pdf-/);
    expect(options.webPreferences?.partition).not.toMatch(/^persist:/);
    expect(printWindowOptions().webPreferences?.partition).not.toBe(options.webPreferences?.partition);
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('blocks every request except the document being printed', async () => {
    const { win, seen, isAllowed } = fakeWindow();
    await createPrintToPdfHandler({ createWindow: () => win, tempDir: () => tempRoot })(input);
    expect(isAllowed(pathToFileURL(seen.path ?? '').href)).toBe(true);
    expect(isAllowed('https://tracker.example/pixel.png')).toBe(false);
    expect(isAllowed('file:///etc/passwd')).toBe(false);
    expect(isAllowed(`${pathToFileURL(seen.path ?? '').href}?x=1`)).toBe(false);
    expect(isAllowed('data:image/png;base64,AAAA')).toBe(false);
  });

  it('closes the window and deletes the temp files when printing throws', async () => {
    const { win } = fakeWindow(async () => {
      throw new Error('printing failed');
    });
    await expect(createPrintToPdfHandler({ createWindow: () => win, tempDir: () => tempRoot })(input)).rejects.toThrow('printing failed');
    expect(win.destroy).toHaveBeenCalled();
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('cleans up when loading fails, too', async () => {
    const { win } = fakeWindow();
    win.loadFile.mockRejectedValueOnce(new Error('ERR_BLOCKED'));
    await expect(createPrintToPdfHandler({ createWindow: () => win, tempDir: () => tempRoot })(input)).rejects.toThrow();
    expect(win.destroy).toHaveBeenCalled();
    expect(await readdir(tempRoot)).toEqual([]);
  });
});

describe('isDocumentRequest', () => {
  it('compares file paths, case-insensitively on Windows only', () => {
    expect(isDocumentRequest('file:///tmp/a/document.html', '/tmp/a/document.html', 'linux')).toBe(true);
    expect(isDocumentRequest('file:///tmp/a/other.html', '/tmp/a/document.html', 'linux')).toBe(false);
    expect(isDocumentRequest('file:///tmp/A/document.html', '/tmp/a/document.html', 'linux')).toBe(false);
    expect(isDocumentRequest('not a url', '/tmp/a/document.html', 'linux')).toBe(false);
  });
});

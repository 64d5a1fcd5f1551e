/** The web edition: downloads instead of save dialogs, the browser's own locale. */
import { PlatformError, type Platform } from './types';

declare const __APP_VERSION__: string;

export function createBrowserPlatform(): Platform {
  return {
    kind: 'web',
    version: async () => __APP_VERSION__,
    osLocale: async () => navigator.languages?.[0] ?? navigator.language ?? 'en',
    async saveFile({ suggestedName, data, mimeType }) {
      if (!suggestedName.trim() || /[\\/]/.test(suggestedName)) {
        throw new PlatformError('invalid-input', 'file name must not be empty or contain a path');
      }
      // Copy into a fresh ArrayBuffer: a Blob must not alias memory the caller may reuse.
      const blob = new Blob([data.slice()], { type: mimeType });
      const url = URL.createObjectURL(blob);
      try {
        const link = document.createElement('a');
        link.href = url;
        link.download = suggestedName;
        link.rel = 'noopener';
        document.body.append(link);
        link.click();
        link.remove();
      } finally {
        // Revoke after the click has been handled; the download keeps its own reference.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
      return { status: 'saved', fileName: suggestedName };
    },
    async savePdf({ linkedHtml }) {
      await printInFrame(linkedHtml);
      return { status: 'printing' };
    },
    setLanguage: async () => undefined,
    onLockRequest: () => () => undefined,
  };
}

/**
 * Prints a document through a hidden same-origin iframe. The frame stays until the next
 * print, so the print dialog (which may return before printing finishes) keeps its content.
 */
async function printInFrame(html: string): Promise<void> {
  document.querySelector('iframe[name="roundtable-print"]')?.remove();
  const frame = document.createElement('iframe');
  frame.name = 'roundtable-print';
  frame.className = 'print-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  frame.contentWindow?.focus();
  frame.contentWindow?.print();
}

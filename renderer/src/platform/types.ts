import type { Language } from '../../../electron/contract';

export interface SaveRequest {
  suggestedName: string;
  data: Uint8Array<ArrayBuffer>;
  mimeType: string;
  filters: { name: string; extensions: string[] }[];
}

export type SaveOutcome = { status: 'saved'; fileName: string } | { status: 'cancelled' };

export interface PdfRequest {
  suggestedName: string;
  /** The document with its styles inline: printed by the desktop shell with scripts off. */
  inlineHtml: string;
  /** The same document linking its stylesheet: a browser's CSP forbids inline styles. */
  linkedHtml: string;
}

/** The web edition cannot write a PDF itself: it opens the browser's print dialog. */
export type PdfOutcome = SaveOutcome | { status: 'printing' };

/** What the app asks of its host: the desktop shell, or a plain browser. */
export interface Platform {
  kind: 'desktop' | 'web';
  version(): Promise<string>;
  /** The operating system's or browser's locale, e.g. "de-DE". */
  osLocale(): Promise<string>;
  saveFile(request: SaveRequest): Promise<SaveOutcome>;
  savePdf(request: PdfRequest): Promise<PdfOutcome>;
  /** Tells the host the UI language (the desktop menu follows it). */
  setLanguage(language: Language): Promise<void>;
}

/** A call to the host failed; `code` says whose fault, `issues` what to fix. */
export class PlatformError extends Error {
  constructor(
    readonly code: 'invalid-input' | 'forbidden-sender' | 'failed',
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

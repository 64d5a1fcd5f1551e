/**
 * The typed IPC contract: for every channel, the zod schema its input must pass and the
 * type of its output. Main validates every call against it (ipc.ts), preload exposes one
 * method per channel (preload/index.ts), and the renderer reaches it only through
 * `renderer/src/platform/`.
 */
import { z } from 'zod';
import { channels, type ApiMethod } from './channels';

export { channels };
export type { ApiMethod };

/** Largest file the renderer may hand to main for saving (exports, backups). */
export const MAX_SAVE_BYTES = 100 * 1024 * 1024;
/** Largest HTML document main will print to PDF. */
export const MAX_PRINT_HTML_CHARS = 20 * 1024 * 1024;

export const languageSchema = z.enum(['de', 'en']);
export type Language = z.infer<typeof languageSchema>;

const fileFilterSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i, 'extension: letters and digits only, no dot'))
    .min(1)
    .max(10),
});

/**
 * A file name the user is offered in the save dialog. It is a suggestion only (the user
 * picks the real path), but it must never smuggle a directory: no separators, no "..".
 */
const suggestedNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  // Control characters (U+0000-U+001F) are exactly what this rule is meant to catch.
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[\\/:*?"<>|\u0000-\u001f]/.test(name), 'file name has a forbidden character')
  .refine((name) => name !== '.' && name !== '..', 'file name is not a name');

export const saveFileInputSchema = z.strictObject({
  suggestedName: suggestedNameSchema,
  data: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'file is larger than 100 MB'),
  filters: z.array(fileFilterSchema).max(10).default([]),
});

export const printToPdfInputSchema = z.strictObject({
  html: z.string().min(1).max(MAX_PRINT_HTML_CHARS),
  pageSize: z.enum(['A4', 'Letter']).default('A4'),
  landscape: z.boolean().default(false),
});

export const setLanguageInputSchema = z.strictObject({ language: languageSchema });

export interface AppInfo {
  version: string;
  /** The operating system's locale, e.g. "de-DE"; decides the first-start language. */
  osLocale: string;
  platform: string;
}

export type SaveFileOutput = { status: 'saved'; fileName: string } | { status: 'cancelled' };

export const contract = {
  appInfo: { channel: channels.appInfo, input: z.undefined() },
  saveFile: { channel: channels.saveFile, input: saveFileInputSchema },
  printToPdf: { channel: channels.printToPdf, input: printToPdfInputSchema },
  setLanguage: { channel: channels.setLanguage, input: setLanguageInputSchema },
} as const satisfies Record<ApiMethod, { channel: string; input: z.ZodType }>;

/** What each method resolves to once main's handler succeeds. */
export interface ContractOutputs {
  appInfo: AppInfo;
  saveFile: SaveFileOutput;
  printToPdf: Uint8Array;
  setLanguage: void;
}

export type ContractInput<M extends ApiMethod> = z.input<(typeof contract)[M]['input']>;
export type ContractParsedInput<M extends ApiMethod> = z.output<(typeof contract)[M]['input']>;

/**
 * Why a call failed. `invalid-input` and `forbidden-sender` are the caller's fault;
 * `failed` is the operating system's (disk full, permission denied, print error).
 */
export type IpcErrorCode = 'invalid-input' | 'forbidden-sender' | 'failed';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** For invalid-input: which field and why, so the renderer can say what to fix. */
  issues?: { path: string; message: string }[];
}

/**
 * Every handler answers with this envelope rather than throwing: Electron flattens thrown
 * errors into a string, and the renderer needs the code to show a translated message.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The shape of `window.api` as preload exposes it. */
export type RoundtableApi = {
  [M in ApiMethod]: (...args: ContractInput<M> extends undefined ? [] : [input: ContractInput<M>]) => Promise<IpcResult<ContractOutputs[M]>>;
};

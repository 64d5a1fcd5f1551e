/**
 * Binds the typed contract (electron/contract.ts) to ipcMain. Every call is checked in the
 * same order, before any handler sees it:
 *   1. the sender is the main frame of one of our own pages (not an iframe, not a page that
 *      somehow navigated elsewhere);
 *   2. the input passes the channel's zod schema (strict: unknown keys are rejected);
 *   3. the handler runs, and whatever it throws becomes a 'failed' result.
 * The renderer always gets an IpcResult envelope; nothing here throws or crashes main.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { contract, type ApiMethod, type ContractOutputs, type ContractParsedInput, type IpcError, type IpcResult } from '../contract';
import { isAllowedOrigin } from './origins';

export type ContractHandlers = {
  [M in ApiMethod]: (input: ContractParsedInput<M>, event: IpcMainInvokeEvent) => ContractOutputs[M] | Promise<ContractOutputs[M]>;
};

export interface IpcDeps {
  /** app://roundtable, plus the dev server origin in development. */
  allowedOrigins: readonly string[];
  /** Where unexpected handler errors are logged (never with the input: it is personal data). */
  onError: (channel: string, error: unknown) => void;
}

function fail(error: IpcError): { ok: false; error: IpcError } {
  return { ok: false, error };
}

/** Only the top frame of a page from an allowed origin may call main. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, origins: readonly string[]): boolean {
  const frame = event.senderFrame;
  // senderFrame is null when the frame navigated away or was destroyed: treat as a stranger.
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAllowedOrigin(frame.url, origins);
}

function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one call through the checks above. Exported for tests; bindContract wires it up. */
export async function dispatch<M extends ApiMethod>(
  method: M,
  handler: ContractHandlers[M],
  deps: IpcDeps,
  event: IpcMainInvokeEvent,
  args: unknown[],
): Promise<IpcResult<ContractOutputs[M]>> {
  const { channel, input: schema } = contract[method];
  try {
    if (!isTrustedSender(event, deps.allowedOrigins)) {
      return fail({ code: 'forbidden-sender', message: `${channel}: sender is not allowed` });
    }
    // preload always sends exactly one argument; more means someone is not using preload.
    if (args.length > 1) {
      return fail({
        code: 'invalid-input',
        message: `${channel}: expected one argument`,
        issues: [{ path: '', message: 'expected one argument' }],
      });
    }
    const parsed = (schema as z.ZodType).safeParse(args[0]);
    if (!parsed.success) {
      const issues = describeIssues(parsed.error);
      return fail({
        code: 'invalid-input',
        message: `${channel}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
        issues,
      });
    }
    const value = await handler(parsed.data as ContractParsedInput<M>, event);
    return { ok: true, value };
  } catch (error) {
    deps.onError(channel, error);
    const reason = (error as { reason?: unknown } | null)?.reason;
    return fail({ code: 'failed', message: errorMessage(error), ...(typeof reason === 'string' ? { reason } : {}) });
  }
}

export function bindContract(ipcMain: Pick<IpcMain, 'handle'>, handlers: ContractHandlers, deps: IpcDeps): void {
  for (const method of Object.keys(contract) as ApiMethod[]) {
    const handler = handlers[method];
    ipcMain.handle(contract[method].channel, (event, ...args: unknown[]) => dispatch(method, handler as ContractHandlers[typeof method], deps, event, args));
  }
}

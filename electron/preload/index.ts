/**
 * The bridge between the sandboxed renderer and main: exactly one object, window.api, with
 * one method per contract channel, each forwarding its single argument to that channel.
 *
 * What is deliberately NOT here: ipcRenderer itself, a generic invoke(channel, ...), event
 * listeners, or any logic. A compromised page can call these methods, and nothing else;
 * main checks the sender and validates every input anyway (electron/main/ipc.ts).
 *
 * Runtime imports: only 'electron' and '../channels'. A sandboxed preload can require
 * nothing else, and contract.ts would pull in zod. The type import below is erased at build.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channels, type ApiMethod } from '../channels';
import type { RoundtableApi } from '../contract';

function buildApi(): RoundtableApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const method of Object.keys(channels) as ApiMethod[]) {
    const channel = channels[method];
    // Exactly one argument is forwarded, so callers cannot smuggle extra ones to main.
    api[method] = (input?: unknown) => ipcRenderer.invoke(channel, input);
  }
  return Object.freeze(api) as unknown as RoundtableApi;
}

contextBridge.exposeInMainWorld('api', buildApi());

/**
 * The bridge between the sandboxed renderer and main: exactly one object, window.api, with
 * one method per contract channel, each forwarding its single argument to that channel, and
 * one subscription, onLockRequest.
 *
 * What is deliberately NOT here: ipcRenderer itself, a generic invoke(channel, ...), a generic
 * on(channel, ...), or any logic beyond checking what main sends. A compromised page can call
 * these methods, and nothing else; main checks the sender and validates every input anyway
 * (electron/main/ipc.ts).
 *
 * Runtime imports: only 'electron' and '../channels'. A sandboxed preload can require
 * nothing else, and contract.ts would pull in zod. The type imports below are erased at build.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channels, LOCK_REASONS, LOCK_REQUEST_CHANNEL, type ApiMethod, type LockReason } from '../channels';
import type { RoundtableApi } from '../contract';

function isLockReason(value: unknown): value is LockReason {
  return typeof value === 'string' && (LOCK_REASONS as readonly string[]).includes(value);
}

/**
 * Subscribes to the lock channel only. The listener gets the reason and nothing else: never
 * the IPC event, whose `sender` is ipcRenderer itself.
 */
function onLockRequest(listener: (reason: LockReason) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('onLockRequest needs a function');
  const forward = (_event: IpcRendererEvent, reason: unknown) => {
    if (isLockReason(reason)) listener(reason);
  };
  ipcRenderer.on(LOCK_REQUEST_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(LOCK_REQUEST_CHANNEL, forward);
  };
}

function buildApi(): RoundtableApi {
  const api: Record<string, unknown> = {};
  for (const method of Object.keys(channels) as ApiMethod[]) {
    const channel = channels[method];
    // Exactly one argument is forwarded, so callers cannot smuggle extra ones to main.
    api[method] = (input?: unknown) => ipcRenderer.invoke(channel, input);
  }
  api['onLockRequest'] = onLockRequest;
  return Object.freeze(api) as unknown as RoundtableApi;
}

contextBridge.exposeInMainWorld('api', buildApi());

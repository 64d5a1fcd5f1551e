/**
 * Hand-made stand-ins for the Electron objects the main-process modules receive, so the
 * tests run in plain Node without the Electron binary.
 */
import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { vi } from 'vitest';

export function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  };
}

export type FakeWebContents = EventEmitter & {
  session: ReturnType<typeof fakeSession>;
  setWindowOpenHandler: ReturnType<typeof vi.fn>;
};

export function fakeWebContents(): FakeWebContents {
  return Object.assign(new EventEmitter(), {
    session: fakeSession(),
    setWindowOpenHandler: vi.fn(),
  });
}

export function asWebContents(fake: FakeWebContents): WebContents {
  return fake as unknown as WebContents;
}

export function asSession(fake: ReturnType<typeof fakeSession>): Session {
  return fake as unknown as Session;
}

/** A navigation event as Electron passes it: the URL plus preventDefault. */
export function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

/** An ipcMain.handle event whose sender frame has the given URL (top frame unless told). */
export function invokeEvent(url: string | null, options: { subframe?: boolean } = {}): IpcMainInvokeEvent {
  const top = { url: 'app://roundtable/index.html', parent: null };
  const frame = url === null ? null : { url, parent: options.subframe ? top : null };
  return { senderFrame: frame, sender: {} } as unknown as IpcMainInvokeEvent;
}

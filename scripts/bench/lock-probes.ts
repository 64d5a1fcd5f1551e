/**
 * Code that runs inside the page around the lock screen (serialised on its own, like
 * probes.ts): when it is ready, the submit of the passphrase, and when the app opens its
 * database (right after the passphrase check).
 */
import type { BenchState } from './probes';

/**
 * Init script: notes when the lock screen is first painted with its passphrase field and
 * Unlock button, and every indexedDB.open (the first after Unlock marks the end of the
 * passphrase check: the app opens its database as soon as it has the keys).
 */
export function installLockScreenWatcher(): void {
  const state = (window as unknown as { __bench: BenchState }).__bench;
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    state.dbOpens.push(performance.now());
    return open.apply(this, args);
  };
  const check = () => {
    if (!document.querySelector('.session-screen input[type="password"]') || !document.querySelector('.session-screen button[type="submit"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (state.lockReady = performance.now()), 0));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true });
}

/** Submits the lock screen's form (its passphrase typed before); returns when. */
export function submitUnlock(): number {
  const button = document.querySelector<HTMLButtonElement>('.session-screen button[type="submit"]');
  if (!button) throw new Error('no Unlock button on the page');
  const at = performance.now();
  button.click();
  return at;
}

/**
 * Init script: a 10 ms timer that notes each gap over 50 ms, when the main thread was held.
 * For the unlock: Argon2id runs in one WebAssembly call that holds the main thread, yet the
 * Long Tasks API does not report it (it reports the app's own tasks); this does. Installed
 * only where it is read, as it wakes the page every 10 ms.
 */
export function installStallWatcher(): void {
  const stalls: { start: number; duration: number }[] = [];
  (window as unknown as { __benchStalls: typeof stalls }).__benchStalls = stalls;
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    if (now - last > 50) stalls.push({ start: last, duration: now - last });
    last = now;
    setTimeout(tick, 10);
  };
  tick();
}

/** The longest stall that began in [from, to]. */
export function longestStallBetween({ from, to }: { from: number; to: number }): number {
  const stalls = (window as unknown as { __benchStalls: { start: number; duration: number }[] }).__benchStalls;
  return Math.max(0, ...stalls.filter((stall) => stall.start >= from && stall.start <= to).map((stall) => stall.duration));
}

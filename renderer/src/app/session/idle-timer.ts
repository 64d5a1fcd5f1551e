/**
 * Notices when nobody has used the window for a while: no key pressed, no pointer moved or
 * pressed, no wheel turned. Input only notes the time (it comes many times a second while the
 * mouse moves); one timer checks, when it is due, whether the time since the last input has
 * reached the limit, and otherwise waits for the rest. Measured on the clock, not by counting
 * timer ticks: a laptop that slept past the limit locks on the first tick after waking.
 */
export const IDLE_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export interface IdleWatchOptions {
  timeoutMs: number;
  onIdle: () => void;
  /** Where input is listened for; the window by default. */
  target?: EventTarget;
  now?: () => number;
}

/** Starts watching; calls `onIdle` once when the limit is reached. Returns the stop function. */
export function watchIdle({ timeoutMs, onIdle, target = window, now = Date.now }: IdleWatchOptions): () => void {
  let lastInput = now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const noteInput = () => {
    lastInput = now();
  };
  const listenerOptions: AddEventListenerOptions = { capture: true, passive: true };

  function schedule(delay: number): void {
    timer = setTimeout(check, Math.max(0, delay));
  }
  function check(): void {
    if (stopped) return;
    const idleFor = now() - lastInput;
    if (idleFor >= timeoutMs) {
      stop();
      onIdle();
    } else {
      schedule(timeoutMs - idleFor);
    }
  }
  function stop(): void {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    for (const type of IDLE_EVENTS) target.removeEventListener(type, noteInput, listenerOptions);
  }

  for (const type of IDLE_EVENTS) target.addEventListener(type, noteInput, listenerOptions);
  schedule(timeoutMs);
  return stop;
}

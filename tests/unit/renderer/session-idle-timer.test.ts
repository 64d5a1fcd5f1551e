/** The idle lock's timer: what counts as use, and that the clock decides, not the count of ticks. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchIdle } from '../../../renderer/src/app/session/idle-timer';

const minute = 60_000;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-01T09:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

function watch(target = new EventTarget(), timeoutMs = 5 * minute) {
  const onIdle = vi.fn();
  const stop = watchIdle({ timeoutMs, onIdle, target });
  return { onIdle, stop, target };
}

describe('the idle timer', () => {
  it('fires once when nothing happened for the whole time', () => {
    const { onIdle } = watch();
    vi.advanceTimersByTime(5 * minute - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * minute);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it.each(['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'])('counts a %s as use and starts the time again', (type) => {
    const { onIdle, target } = watch();
    vi.advanceTimersByTime(4 * minute);
    target.dispatchEvent(new Event(type));
    vi.advanceTimersByTime(4 * minute);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1 * minute);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does not count other events (a focus, a scroll of the page by itself) as use', () => {
    const { onIdle, target } = watch();
    vi.advanceTimersByTime(4 * minute);
    target.dispatchEvent(new Event('focus'));
    target.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(1 * minute);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('locks at the first tick after the computer slept past the limit', () => {
    const { onIdle } = watch();
    vi.advanceTimersByTime(1 * minute);
    // Asleep: the clock moves on, timers do not run.
    vi.setSystemTime(Date.now() + 30 * minute);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(4 * minute);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('stops listening and never fires once stopped', () => {
    const { onIdle, stop, target } = watch();
    const remove = vi.spyOn(target, 'removeEventListener');
    stop();
    vi.advanceTimersByTime(10 * minute);
    expect(onIdle).not.toHaveBeenCalled();
    expect(remove).toHaveBeenCalledTimes(5);
    expect(vi.getTimerCount()).toBe(0);
  });
});

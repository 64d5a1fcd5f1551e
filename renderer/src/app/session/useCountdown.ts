import { useEffect, useState } from 'react';

/** Milliseconds left until `until` (ms since the epoch), re-rendering as they run down; 0 once passed or when null. */
export function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      return current;
    };
    // At once, then four times a second until it has passed.
    const first = setTimeout(tick, 0);
    const timer = setInterval(() => {
      if (tick() >= until) clearInterval(timer);
    }, 250);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [until]);
  return until === null ? 0 : Math.max(0, until - now);
}

import { describe, expect, it } from 'vitest';
import { noteReplaced, onCommitted } from '../../../renderer/src/storage/committed-changes';
import type { RoundtableDb } from '../../../renderer/src/storage/db';

describe('telling listeners of committed changes', () => {
  it('tells a listener that resubscribes while it is told once, not again through its new subscription', () => {
    const db = {} as RoundtableDb;
    let told = 0;
    // As the search does on a restore: stop (unsubscribe) and start again (subscribe anew).
    const subscribe = (): (() => void) => {
      const stop = onCommitted(db, () => {
        told += 1;
        if (told > 5) throw new Error('told without end');
        stop();
        subscribe();
      });
      return stop;
    };
    subscribe();
    noteReplaced(db);
    expect(told).toBe(1);
    noteReplaced(db);
    expect(told).toBe(2);
  });
});

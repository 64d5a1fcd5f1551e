// @vitest-environment jsdom
/** useLiveList: a list read outside Dexie's key tracking still follows every write, like useLive. */
import Dexie from 'dexie';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { useLiveListOf } from '../../../renderer/src/storage/live-list';
import { createRecordStores, writeTransaction } from '../../../renderer/src/storage/record-store';
import { freshDb } from './storage-helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: RoundtableDb;
let root: Root | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  db?.close();
  if (db) await Dexie.delete(db.name);
});

const at = new Date('2026-03-01T10:00:00.000Z');

/** Names of the series whose name starts with `prefix`, by id order, read through keys. */
function SeriesNames({ prefix }: { prefix: string }) {
  const stores = createRecordStores(db, () => '2026-03-01');
  const names = useLiveListOf(
    db,
    ['meetingSeries'],
    async () => {
      const ids = await stores.meetingSeries.liveKeys((rows) => rows.toCollection());
      return (await stores.meetingSeries.getMany(ids)).map((series) => series.name).filter((name) => name.startsWith(prefix));
    },
    [prefix],
  );
  return <p>{names === undefined ? 'loading' : names.join(', ') || 'none'}</p>;
}

async function settle(): Promise<void> {
  // Live queries answer after a timer and IndexedDB events: let both run.
  for (let round = 0; round < 5; round += 1) {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

describe('a live list read outside the live query', () => {
  it('shows its rows, follows writes to its table, and answers a changed question', async () => {
    db = freshDb();
    const stores = createRecordStores(db, () => '2026-03-01');
    const add = (name: string) => writeTransaction(db, ['meetingSeries'], () => stores.meetingSeries.insert({ name }, { action: 'create', at }));
    const first = await add('Lenkungskreis');
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root!.render(<SeriesNames prefix="L" />));
    await settle();
    expect(container.textContent).toBe('Lenkungskreis');

    await add('Lagebild');
    await settle();
    expect(container.textContent?.split(', ').sort()).toEqual(['Lagebild', 'Lenkungskreis']);

    await writeTransaction(db, ['meetingSeries'], () => stores.meetingSeries.archive(first.id, 1, { action: 'archive', at }));
    await settle();
    expect(container.textContent).toBe('Lagebild');

    await act(async () => root!.render(<SeriesNames prefix="X" />));
    await settle();
    expect(container.textContent).toBe('none');
  });
});

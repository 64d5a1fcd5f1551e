/**
 * The one search's service on a real database (fake-indexeddb, sealed in the New York run):
 * the index is built from the records at unlock, follows every committed write (a new item's
 * minutes, a renamed partner, an archived one, a removed agenda item), never hears of an
 * aborted one, and is dropped, worker and all, when the app locks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { MeetingInput } from '../../../renderer/src/domain/meeting';
import type { VaultState } from '../../../renderer/src/storage';
import { onCommitted } from '../../../renderer/src/storage/committed-changes';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createAgendaRepository } from '../../../renderer/src/storage/repositories/agenda';
import { createMeetingRepository } from '../../../renderer/src/storage/repositories/meetings';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { writeTransaction } from '../../../renderer/src/storage/record-store';
import { createSearchSource } from '../../../renderer/src/storage/search-source';
import { createSearchIndex } from '../../../renderer/src/search/search-index';
import { createSearchService, SearchUnavailableError, type SearchWorker } from '../../../renderer/src/search/search-service';
import type { SearchReply, SearchRequest } from '../../../renderer/src/search/search-types';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

/** A worker that runs the real index in this thread, answering asynchronously like a worker. */
function fakeWorker() {
  const index = createSearchIndex();
  const worker: SearchWorker & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(request: SearchRequest) {
      if (worker.terminated) return;
      setTimeout(() => {
        if (worker.terminated) return;
        if (request.type === 'upsert') index.upsert(request.documents);
        else if (request.type === 'remove') index.remove(request.ids);
        else
          worker.onmessage?.({
            data: { type: 'answer', seq: request.seq, answer: index.search(request.text) } satisfies SearchReply,
          } as MessageEvent<SearchReply>);
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

function fakeSession(initial: VaultState['status']) {
  let state: VaultState = initial === 'locked' ? { status: 'locked', cause: 'manual', failures: 0, retryAt: null } : { status: 'unlocked' };
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(status: 'locked' | 'unlocked') {
      state = status === 'locked' ? { status: 'locked', cause: 'manual', failures: 0, retryAt: null } : { status: 'unlocked' };
      for (const listener of listeners) listener();
    },
  };
}

const plan: MeetingInput = {
  title: 'Netzwerktreffen März',
  type: 'network',
  startsAt: '2026-03-05T14:00',
  endsAt: '2026-03-05T16:00',
  confidentiality: 'internal',
};
const meetingOptions = { invitedPartnerIds: [] as string[], mattersArisingTitle: 'Offene Punkte', representativeName: 'Vertretung' };

async function setup() {
  db = freshDb();
  const clock = () => new Date('2026-03-01T10:00:00.000Z');
  const partners = createPartnerRepository(db, clock);
  const meetings = createMeetingRepository(db, clock);
  const agenda = createAgendaRepository(db, clock);
  const police = await partners.create({ ...blankPartnerInput(), name: 'Polizeipräsidium Musterstadt', sector: 'police', contacts: [{ name: 'Jörg Weiß' }] });
  const meeting = await meetings.create(plan, meetingOptions);
  const workers: ReturnType<typeof fakeWorker>[] = [];
  const session = fakeSession('locked');
  const service = createSearchService({
    source: createSearchSource(db),
    session,
    startWorker: () => {
      const worker = fakeWorker();
      workers.push(worker);
      return worker;
    },
  });
  const ready = async () => {
    await expect.poll(() => service.getStatus().state).toBe('ready');
  };
  const titles = async (text: string) =>
    (await service.search(text)).groups.flatMap((group) => group.hits.map((hit) => `${hit.title}${hit.context ? ` / ${hit.context}` : ''}`));
  return { partners, meetings, agenda, police, meeting, session, service, workers, ready, titles };
}

describe('the search service', () => {
  it('builds the index from the records at unlock', async () => {
    const { session, service, ready, titles, workers } = await setup();
    expect(workers).toHaveLength(0);
    await expect(service.search('polizei')).rejects.toBeInstanceOf(SearchUnavailableError);
    session.set('unlocked');
    await ready();
    expect(workers).toHaveLength(1);
    expect(await titles('polizeiprasidium')).toEqual(['Polizeipräsidium Musterstadt']);
    expect(await titles('weiss')).toEqual(['Jörg Weiß / Polizeipräsidium Musterstadt']);
    expect(await titles('netzwerktreffen')).toEqual(['Netzwerktreffen März']);
  });

  it('follows every committed write: new minutes, a renamed partner, an archived one, a removed item', async () => {
    const { session, ready, titles, partners, agenda, meeting, police } = await setup();
    session.set('unlocked');
    await ready();

    const item = await agenda.add(meeting.id, { title: 'Bericht Schulen', minutes: 'Weniger Schulhofkonflikte seit der Streitschlichtung.' });
    await expect.poll(() => titles('schulhofkonflikte')).toEqual(['Netzwerktreffen März / Bericht Schulen']);

    const renamed = await partners.update(police.id, police.revision, {
      ...blankPartnerInput(),
      name: 'Polizeidirektion Nord',
      sector: 'police',
      contacts: [],
    });
    await expect.poll(() => titles('polizeidirektion')).toEqual(['Polizeidirektion Nord']);
    expect(await titles('prasidium')).toEqual([]);
    // Its contact was removed with the form: gone from the search too.
    expect(await titles('weiss')).toEqual([]);

    await partners.archive(renamed.id, renamed.revision);
    await expect.poll(() => titles('polizeidirektion')).toEqual([]);

    await agenda.remove(item.id, item.revision);
    await expect.poll(() => titles('schulhofkonflikte')).toEqual([]);
  });

  it('never hears of a write that was rolled back', async () => {
    const { partners } = await setup();
    const heard: unknown[] = [];
    onCommitted(db, (changes) => heard.push(changes));
    await expect(
      writeTransaction(db, ['partners'], async () => {
        await partners.create({ ...blankPartnerInput(), name: 'Nie gespeichert', sector: 'school' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow();
    await partners.create({ ...blankPartnerInput(), name: 'Gespeichert', sector: 'school' });
    expect(heard).toEqual([[{ table: 'partners', ids: [expect.any(String)] }]]);
  });

  it('drops the index with its worker on lock, refuses queries, and builds a new one after unlock', async () => {
    const { session, service, ready, titles, workers, agenda, meeting } = await setup();
    session.set('unlocked');
    await ready();
    const pending = service.search('netzwerktreffen');
    session.set('locked');
    await expect(pending).rejects.toBeInstanceOf(SearchUnavailableError);
    expect(workers[0]!.terminated).toBe(true);
    expect(service.getStatus()).toEqual({ state: 'off' });
    await expect(service.search('netzwerktreffen')).rejects.toBeInstanceOf(SearchUnavailableError);

    // A write while locked is not possible in the app; the next unlock reads everything again.
    session.set('unlocked');
    await ready();
    expect(workers).toHaveLength(2);
    expect(workers[1]!.terminated).toBe(false);
    expect(await titles('netzwerktreffen')).toEqual(['Netzwerktreffen März']);
    await agenda.add(meeting.id, { title: 'Haushalt', minutes: 'Fördermittel beantragt.' });
    await expect.poll(() => titles('fordermittel')).toEqual(['Netzwerktreffen März / Haushalt']);
  });
});

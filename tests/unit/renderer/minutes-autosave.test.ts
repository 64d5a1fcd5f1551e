import { afterEach, describe, expect, it } from 'vitest';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import { createAutosave, type AutosaveState } from '../../../renderer/src/features/meetings/minutes-autosave';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { StaleRevisionError } from '../../../renderer/src/storage/errors';
import { createAgendaRepository } from '../../../renderer/src/storage/repositories/agenda';
import { createMeetingRepository } from '../../../renderer/src/storage/repositories/meetings';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

/** A meeting with one agenda item, and an autosave of its minutes whose pauses the test ends by hand. */
async function setup() {
  db = freshDb();
  const clock = () => new Date('2026-03-05T15:00:00.000Z');
  await createPartnerRepository(db, clock).create({ ...blankPartnerInput(), name: 'Polizei', sector: 'police' });
  const meetings = createMeetingRepository(db, clock);
  const agenda = createAgendaRepository(db, clock);
  const meeting = await meetings.create(
    { title: 'Netzwerktreffen', type: 'network', startsAt: '2026-03-05T14:00', endsAt: '2026-03-05T16:00', confidentiality: 'internal' },
    { invitedPartnerIds: [], mattersArisingTitle: 'Offene Punkte', representativeName: 'Vertretung' },
  );
  const item = await agenda.add(meeting.id, { title: 'Lagebild', minutes: 'Bericht der Polizei.' });
  const pauses: (() => void)[] = [];
  const states: AutosaveState['kind'][] = [];
  const saves: number[] = [];
  const autosave = createAutosave({
    baseRevision: item.revision,
    storedText: item.minutes,
    save: (base, text) => {
      saves.push(base);
      return agenda.saveMinutes(item.id, base, text);
    },
    isStale: (error) => error instanceof StaleRevisionError,
    onState: (state) => states.push(state.kind),
    delayMs: 800,
    schedule: (run) => {
      pauses.push(run);
      return () => pauses.splice(pauses.indexOf(run), 1);
    },
  });
  /** The pause after the last keystroke ends; resolves once the save it starts is done. */
  const pauseEnds = async () => {
    const run = pauses.pop();
    run?.();
    await autosave.flush();
  };
  const stored = async () => (await meetings.get(meeting.id))!.items[0]!;
  return { agenda, item, autosave, pauses, states, saves, pauseEnds, stored };
}

describe('autosave of the minutes', () => {
  it('saves once per pause, each save based on the revision the one before produced', async () => {
    const { autosave, pauses, states, saves, pauseEnds, stored, item } = await setup();
    autosave.change('Bericht der Polizei. Lage');
    autosave.change('Bericht der Polizei. Lage ruhig.');
    // Typing restarts the pause: one pending save, not two.
    expect(pauses).toHaveLength(1);
    expect(autosave.state().kind).toBe('pending');
    await pauseEnds();
    autosave.change('Bericht der Polizei. Lage ruhig. Schule berichtet.');
    await pauseEnds();

    expect(saves).toEqual([item.revision, item.revision + 1]);
    expect(await stored()).toMatchObject({ minutes: 'Bericht der Polizei. Lage ruhig. Schule berichtet.', revision: item.revision + 2 });
    expect(states).toEqual(['pending', 'pending', 'saving', 'saved', 'pending', 'saving', 'saved']);
    expect(autosave.state().kind).toBe('saved');
  });

  it('queues an inline decision behind the typed minutes, at the revision they produced', async () => {
    const { autosave, agenda, stored, item } = await setup();
    autosave.change('Lage ruhig.');
    const withDecision = await (async () => {
      await autosave.flush();
      return autosave.run((base) => agenda.addDecision(item.id, base, 'Lagebild wird monatlich erstellt.'));
    })();
    autosave.change('Lage ruhig. Nachtrag.');
    expect(await autosave.flush()).toBe(true);
    expect(withDecision.revision).toBe(item.revision + 2);
    expect(await stored()).toMatchObject({
      minutes: 'Lage ruhig. Nachtrag.',
      decisions: [{ text: 'Lagebild wird monatlich erstellt.' }],
      revision: item.revision + 3,
    });
  });

  it('refuses to save over a change made elsewhere, says so, keeps the typed text unsaved and writes nothing until reloaded', async () => {
    const { autosave, agenda, pauses, stored, item } = await setup();
    // Another window saves the item first.
    const elsewhere = await agenda.update(item.id, item.revision, { title: 'Lagebild', minutes: 'Fassung aus dem anderen Fenster.' });
    autosave.change('Meine Fassung.');
    expect(await autosave.flush()).toBe(false);
    const state = autosave.state();
    expect(state).toMatchObject({ kind: 'failed', stale: true });
    expect(state.kind === 'failed' && state.error).toBeInstanceOf(StaleRevisionError);
    expect(await stored()).toMatchObject({ minutes: 'Fassung aus dem anderen Fenster.', revision: elsewhere.revision });

    // Typing on neither saves nor clears the refusal; other writes to the item are refused too.
    autosave.change('Meine Fassung, länger.');
    expect(pauses).toHaveLength(0);
    expect(await autosave.flush()).toBe(false);
    await expect(autosave.run((base) => agenda.addDecision(item.id, base, 'Beschluss'))).rejects.toBeInstanceOf(StaleRevisionError);
    expect(await stored()).toMatchObject({ minutes: 'Fassung aus dem anderen Fenster.', decisions: [], revision: elsewhere.revision });

    // Loading the stored version starts again from its revision.
    autosave.reload(elsewhere.revision, elsewhere.minutes);
    expect(autosave.state().kind).toBe('saved');
    autosave.change('Fassung aus dem anderen Fenster. Ergänzt.');
    expect(await autosave.flush()).toBe(true);
    expect(await stored()).toMatchObject({ minutes: 'Fassung aus dem anderen Fenster. Ergänzt.', revision: elsewhere.revision + 1 });
  });

  it('saves minutes only while they are a draft, and only the minutes', async () => {
    const { agenda, item, stored } = await setup();
    const saved = await agenda.saveMinutes(item.id, item.revision, 'Nur der Text.');
    expect(saved).toMatchObject({ title: 'Lagebild', minutes: 'Nur der Text.', decisions: [] });
    await expect(agenda.saveMinutes(item.id, item.revision, 'Alte Grundlage')).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(agenda.addDecision(item.id, saved.revision, '   ')).rejects.toThrow();
    expect(await stored()).toMatchObject({ minutes: 'Nur der Text.', revision: saved.revision });
  });
});

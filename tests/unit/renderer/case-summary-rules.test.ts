import { describe, expect, it } from 'vitest';
import { groupAcknowledgements } from '../../../renderer/src/domain/acknowledgement-groups';
import type { ReferralEvent } from '../../../renderer/src/domain/referral';
import { nextStep } from '../../../renderer/src/domain/referral-next-step';

const ack = (id: string, by: string, reason: string, createdAt: string) => ({ id, by, reason, createdAt });

describe('grouping acknowledgements of sharing without an agreement', () => {
  it('shows the same person with the same reason once, with every date, oldest first', () => {
    const groups = groupAcknowledgements([
      ack('c', 'Toni Exempel (PK)', 'Akute Gefährdung', '2026-11-03T10:00:00.000Z'),
      ack('a', 'Toni Exempel (PK)', 'Akute Gefährdung', '2026-11-01T10:00:00.000Z'),
      ack('b', 'Toni Exempel (PK)', 'Akute Gefährdung ', '2026-11-02T10:00:00.000Z'),
    ]);
    expect(groups).toEqual([
      {
        by: 'Toni Exempel (PK)',
        reason: 'Akute Gefährdung',
        recordedAt: ['2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z', '2026-11-03T10:00:00.000Z'],
        ids: ['a', 'b', 'c'],
      },
    ]);
  });

  it('keeps different people or different reasons apart', () => {
    const groups = groupAcknowledgements([
      ack('a', 'Toni Exempel (PK)', 'Akute Gefährdung', '2026-11-01T10:00:00.000Z'),
      ack('b', 'Erika Beispiel (Stadt)', 'Akute Gefährdung', '2026-11-02T10:00:00.000Z'),
      ack('c', 'Toni Exempel (PK)', 'Vereinbarung in Unterzeichnung', '2026-11-03T10:00:00.000Z'),
    ]);
    expect(groups.map((group) => group.ids)).toEqual([['a'], ['b'], ['c']]);
  });
});

function event(fields: Partial<ReferralEvent>): ReferralEvent {
  return {
    id: crypto.randomUUID(),
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    deletedAt: null,
    revision: 1,
    referralId: 'r',
    kind: 'note',
    on: '2026-11-01',
    by: 'T. E.',
    text: '',
    fromStatus: null,
    toStatus: null,
    outcome: null,
    meetingId: null,
    agendaItemId: null,
    ownerPartnerId: null,
    dueDate: '',
    doneOn: null,
    reviewMonths: null,
    ...fields,
  };
}

describe("a case's next step", () => {
  const today = '2026-12-01';
  it('is the open support action due soonest, flagged when overdue; done and removed ones do not count', () => {
    const events = [
      event({ kind: 'support', text: 'later', dueDate: '2026-12-20' }),
      event({ kind: 'support', text: 'done', dueDate: '2026-11-01', doneOn: '2026-11-02' }),
      event({ kind: 'support', text: 'removed', dueDate: '2026-11-01', deletedAt: '2026-11-03T00:00:00.000Z' }),
      event({ kind: 'support', text: 'undated' }),
      event({ kind: 'support', text: 'soonest', dueDate: '2026-11-28' }),
    ];
    expect(nextStep(events, today)).toMatchObject({ kind: 'support', event: { text: 'soonest' }, overdue: true });
  });

  it('is the next review once no support action is open, and none when nothing is planned', () => {
    expect(nextStep([event({ kind: 'review', dueDate: '2027-05-01', reviewMonths: 6 })], today)).toMatchObject({ kind: 'review', overdue: false });
    expect(nextStep([event({ kind: 'note' })], today)).toBeNull();
  });
});

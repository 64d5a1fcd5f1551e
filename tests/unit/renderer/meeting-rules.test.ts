import { describe, expect, it } from 'vitest';
import { openActionsBefore } from '../../../renderer/src/domain/matters-arising';
import { actionInputSchema, agendaItemInputSchema, meetingInputSchema, type ActionItem, type Meeting } from '../../../renderer/src/domain/meeting';
import { blankPartnerInput, partnerInputSchema } from '../../../renderer/src/domain/partner';
import { applyStep, availableSteps, isMinutesEditable } from '../../../renderer/src/domain/meeting-lifecycle';
import { parseMessage } from '../../../renderer/src/domain/validation';

const plan = {
  title: 'Netzwerktreffen März',
  type: 'network',
  startsAt: '2026-03-05T14:00',
  endsAt: '2026-03-05T16:00',
  confidentiality: 'internal',
};

function issues(schema: typeof meetingInputSchema | typeof actionInputSchema, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), parseMessage(i.message)]));
}

describe('meeting input', () => {
  it('accepts a planned meeting', () => {
    expect(issues(meetingInputSchema, plan)).toEqual({});
  });
  it('rejects a meeting that ends before or when it starts', () => {
    expect(issues(meetingInputSchema, { ...plan, endsAt: '2026-03-05T13:59' })).toEqual({ endsAt: { key: 'endsBeforeStart' } });
    expect(issues(meetingInputSchema, { ...plan, endsAt: plan.startsAt })).toEqual({ endsAt: { key: 'endsBeforeStart' } });
  });
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org', 'zoom.us/j/123', 'https://user:pw@example.org'])(
    'rejects the link %s',
    (onlineLink) => {
      expect(issues(meetingInputSchema, { ...plan, onlineLink })).toEqual({ onlineLink: { key: 'webLink' } });
    },
  );
  it('accepts an https meeting link', () => {
    expect(issues(meetingInputSchema, { ...plan, onlineLink: 'https://meet.example.org/runder-tisch?pw=1' })).toEqual({});
  });
  it('requires a real date and time', () => {
    expect(issues(meetingInputSchema, { ...plan, startsAt: '2026-02-30T10:00', endsAt: '' })).toEqual({
      startsAt: { key: 'dateTime' },
      endsAt: { key: 'required' },
    });
  });
  it('plans in this computer’s zone unless another is chosen, and refuses an unknown zone', () => {
    expect(meetingInputSchema.parse(plan).timeZone).toBe(process.env.TZ);
    expect(meetingInputSchema.parse({ ...plan, timeZone: 'America/New_York' }).timeZone).toBe('America/New_York');
    expect(issues(meetingInputSchema, { ...plan, timeZone: 'Europe/Atlantis' })).toEqual({ timeZone: { key: 'timeZone' } });
  });
  it('refuses a time the clocks skip in the meeting’s zone, naming the zone', () => {
    const skipped = { ...plan, timeZone: 'Europe/Berlin', startsAt: '2026-03-29T02:30', endsAt: '2026-03-29T04:00' };
    expect(issues(meetingInputSchema, skipped)).toEqual({ startsAt: { key: 'nonexistentTime', values: { timeZone: 'Europe/Berlin' } } });
    // The same wall clock is fine where the clocks change another night.
    expect(issues(meetingInputSchema, { ...skipped, timeZone: 'America/New_York' })).toEqual({});
    expect(issues(meetingInputSchema, { ...plan, timeZone: 'America/New_York', startsAt: '2026-03-08T01:00', endsAt: '2026-03-08T02:15' })).toEqual({
      endsAt: { key: 'nonexistentTime', values: { timeZone: 'America/New_York' } },
    });
  });
  it('compares end and start as instants: in the repeated hour both mean its first pass', () => {
    const autumn = { ...plan, timeZone: 'Europe/Berlin', startsAt: '2026-10-25T01:30', endsAt: '2026-10-25T03:30' };
    expect(issues(meetingInputSchema, autumn)).toEqual({});
    expect(issues(meetingInputSchema, { ...autumn, startsAt: '2026-10-25T02:45', endsAt: '2026-10-25T02:15' })).toEqual({ endsAt: { key: 'endsBeforeStart' } });
  });
  it('requires an owner for an action', () => {
    expect(issues(actionInputSchema, { text: 'Einladung versenden', ownerPartnerId: '' })).toEqual({ ownerPartnerId: { key: 'ownerRequired' } });
  });
});

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    revision: 1,
    title: 'T',
    type: 'network',
    seriesId: 's1',
    startsAt: '2026-03-05T13:00:00.000Z',
    endsAt: '2026-03-05T15:00:00.000Z',
    timeZone: 'Europe/Berlin',
    location: '',
    onlineLink: '',
    chair: '',
    minuteTaker: '',
    confidentiality: 'internal',
    status: 'planned',
    attendees: [],
    approvedAt: null,
    circulations: [],
    amendments: [],
    ...overrides,
  };
}

describe('minutes lifecycle', () => {
  const now = new Date('2026-03-06T09:00:00.000Z');
  it('goes planned → held → approved → circulated', () => {
    let current = meeting();
    for (const params of [{ step: 'hold' }, { step: 'approve', by: { name: 'Toni Exempel', organisation: 'Präventionsstelle' } }] as const) {
      const result = applyStep(current, params, now);
      expect(result.ok).toBe(true);
      if (result.ok) current = result.meeting;
    }
    expect(current.status).toBe('approved');
    expect(current.approvedAt).toBe('2026-03-06T09:00:00.000Z');
    expect(isMinutesEditable(current.status)).toBe(false);
    const circulated = applyStep(current, { step: 'circulate', to: 'Alle Mitglieder', on: '2026-03-07', variant: 'circulation' }, now, () => 'c1');
    expect(circulated).toEqual({
      ok: true,
      meeting: expect.objectContaining({
        status: 'circulated',
        circulations: [{ id: 'c1', to: 'Alle Mitglieder', on: '2026-03-07', variant: 'circulation', recordedAt: '2026-03-06T09:00:00.000Z' }],
      }),
    });
  });
  it('refuses steps that are not allowed from a status', () => {
    expect(applyStep(meeting(), { step: 'approve', by: { name: 'A', organisation: 'B' } }, now)).toEqual({ ok: false, error: 'notAllowed' });
    expect(applyStep(meeting({ status: 'held' }), { step: 'circulate', to: 'x', on: '2026-01-01', variant: 'full' }, now)).toEqual({
      ok: false,
      error: 'notAllowed',
    });
    expect(availableSteps('circulated')).toEqual(['circulate', 'amend']);
  });
  it('amending approved minutes needs a reason, reopens them as a draft and keeps the amendment', () => {
    const approved = meeting({ status: 'approved', approvedAt: '2026-03-06T09:00:00.000Z' });
    expect(applyStep(approved, { step: 'amend', reason: '   ' }, now)).toEqual({ ok: false, error: 'reasonRequired' });
    const result = applyStep(approved, { step: 'amend', reason: 'Tippfehler in TOP 2' }, now, () => 'a1');
    expect(result).toEqual({
      ok: true,
      meeting: expect.objectContaining({
        status: 'held',
        approvedAt: null,
        amendments: [{ id: 'a1', at: '2026-03-06T09:00:00.000Z', reason: 'Tippfehler in TOP 2' }],
      }),
    });
  });
  it('circulating needs a recipient', () => {
    expect(applyStep(meeting({ status: 'approved' }), { step: 'circulate', to: ' ', on: '2026-03-07', variant: 'full' }, now)).toEqual({
      ok: false,
      error: 'recipientRequired',
    });
  });
});

describe('matters arising', () => {
  const action = (id: string, meetingId: string, status: ActionItem['status'], dueDate = ''): ActionItem => ({
    id,
    meetingId,
    agendaItemId: 'i',
    text: id,
    ownerPartnerId: 'p',
    ownerContactId: null,
    dueDate,
    status,
    history: [],
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    revision: 1,
  });
  it('lists open and in-progress actions of earlier meetings in the same series only', () => {
    const meetings = [
      meeting({ id: 'jan', startsAt: '2026-01-10T10:00:00.000Z' }),
      meeting({ id: 'feb', startsAt: '2026-02-10T10:00:00.000Z' }),
      meeting({ id: 'other', seriesId: 's2', startsAt: '2026-01-01T10:00:00.000Z' }),
      meeting({ id: 'apr', startsAt: '2026-04-10T10:00:00.000Z' }),
    ];
    const actions = [
      action('a-done', 'jan', 'done'),
      action('a-open-late', 'feb', 'open', '2026-05-01'),
      action('a-open-undated', 'feb', 'open'),
      action('a-progress', 'jan', 'in_progress', '2026-03-01'),
      action('a-dropped', 'feb', 'dropped'),
      action('a-other-series', 'other', 'open'),
      action('a-later-meeting', 'apr', 'open'),
    ];
    expect(openActionsBefore('s1', '2026-03-05T13:00:00.000Z', meetings, actions).map((a) => a.id)).toEqual(['a-progress', 'a-open-late', 'a-open-undated']);
  });
});

describe('schemas accept their own output (repositories validate again what forms produced)', () => {
  it.each([
    ['agenda item, minutes planned', agendaItemInputSchema, { title: 'A', plannedMinutes: '15', decisions: [{ id: 'd', text: 'x' }] }],
    ['agenda item, no minutes planned', agendaItemInputSchema, { title: 'A', plannedMinutes: '' }],
    ['meeting', meetingInputSchema, plan],
    ['action', actionInputSchema, { text: 'x', ownerPartnerId: 'p' }],
    ['partner', partnerInputSchema, { ...blankPartnerInput(), name: 'P', contacts: [{ name: 'C' }] }],
  ] as const)('%s', (_name, schema, input) => {
    const once = (schema as typeof agendaItemInputSchema).parse(input);
    expect((schema as typeof agendaItemInputSchema).parse(once)).toEqual(once);
  });

  it('reads planned minutes as a whole number from 1 to 600, or none', () => {
    expect(agendaItemInputSchema.parse({ title: 'A', plannedMinutes: '15' }).plannedMinutes).toBe(15);
    expect(agendaItemInputSchema.parse({ title: 'A' }).plannedMinutes).toBeNull();
    expect(agendaItemInputSchema.safeParse({ title: 'A', plannedMinutes: '0' }).success).toBe(false);
    expect(agendaItemInputSchema.safeParse({ title: 'A', plannedMinutes: '2.5' }).success).toBe(false);
  });
});

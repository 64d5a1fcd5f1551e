import { describe, expect, it } from 'vitest';
import type { AgendaItem, Meeting } from '../../../renderer/src/domain/meeting';
import type { ReferralEvent } from '../../../renderer/src/domain/referral';
import {
  caseCodesIn,
  linkedAgendaItemIds,
  paragraphsOf,
  selectDiscussions,
  totalLeftOut,
  withoutOtherCodes,
  type CandidateItem,
} from '../../../renderer/src/domain/subject-access';

const meta = { createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z', deletedAt: null, revision: 1 };
const meeting = (id: string, startsAt: string, title = 'Fallkonferenz'): Meeting => ({
  ...meta,
  id,
  title,
  type: 'case_panel',
  seriesId: null,
  startsAt,
  endsAt: startsAt,
  timeZone: 'Europe/Berlin',
  location: '',
  onlineLink: '',
  chair: '',
  minuteTaker: '',
  confidentiality: 'confidential',
  status: 'held',
  attendees: [],
  approvedAt: null,
  circulations: [],
  amendments: [],
});
const item = (id: string, overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  ...meta,
  id,
  meetingId: 'm1',
  position: 1,
  kind: 'regular',
  title: 'Fallbesprechung',
  presenter: '',
  plannedMinutes: null,
  confidential: true,
  caseDiscussion: true,
  minutes: '',
  decisions: [],
  arisingActionIds: [],
  ...overrides,
});
const candidate = (entry: AgendaItem, linkedByOtherCase = false, at = '2026-03-05T13:00:00.000Z'): CandidateItem => ({
  meeting: meeting(entry.meetingId, at),
  item: entry,
  linkedByOtherCase,
});

const A = 'RT-2026-0001';
const placeholder = '[other case]';

describe('subject access: what belongs to a case', () => {
  it('finds case codes as whole codes only, however their number is padded', () => {
    expect(caseCodesIn('RT-2026-0001 and rt-2026-2, not RT-2026-00012x or XRT-2026-0003')).toEqual(['RT-2026-0001', 'RT-2026-0002']);
    expect(caseCodesIn('RT-2026-00012 is twelve')).toEqual(['RT-2026-0012']);
  });

  it('replaces other cases’ codes in a title and keeps this one', () => {
    expect(withoutOtherCodes('RT-2026-0001 und RT-2026-0002', A, placeholder)).toBe('RT-2026-0001 und [other case]');
  });

  it('splits minutes into paragraphs at blank lines', () => {
    expect(paragraphsOf('One\nstill one\n\n  \nTwo\r\n\r\nThree')).toEqual(['One\nstill one', 'Two', 'Three']);
  });

  it('takes the items a panel entry links, removed entries too, and nothing from other entries', () => {
    const events = [
      { kind: 'panel', agendaItemId: 'i1', deletedAt: null },
      { kind: 'panel', agendaItemId: 'i2', deletedAt: '2026-03-02T00:00:00.000Z' },
      { kind: 'note', agendaItemId: 'i3', deletedAt: null },
      { kind: 'panel', agendaItemId: null, deletedAt: null },
    ] as ReferralEvent[];
    expect(linkedAgendaItemIds(events)).toEqual(['i1', 'i2']);
  });

  it('an item linked by this case alone goes out whole, even paragraphs that do not name the code', () => {
    const linked = item('i1', { minutes: 'Die Schule berichtet.\n\nWeiteres Vorgehen besprochen.', decisions: [{ id: 'd', text: 'Beratung anbieten' }] });
    const [selected] = selectDiscussions([candidate(linked)], A, new Set(['i1']), placeholder);
    expect(selected).toMatchObject({ reason: 'linked', wholeItem: true, paragraphs: ['Die Schule berichtet.', 'Weiteres Vorgehen besprochen.'] });
    expect(selected!.decisions.map((decision) => decision.text)).toEqual(['Beratung anbieten']);
  });

  it('an item linked by another case too gives only the paragraphs that name this case', () => {
    const shared = item('i1', { minutes: `${A}: Die Schule berichtet.\n\nDie Polizei berichtet.` });
    const [selected] = selectDiscussions([candidate(shared, true)], A, new Set(['i1']), placeholder);
    expect(selected).toMatchObject({ wholeItem: false, paragraphs: [`${A}: Die Schule berichtet.`], leftOut: { namesOtherCase: 0, notAboutCase: 1 } });
  });

  it('a case discussion naming the code gives its paragraphs about this case, never those naming another', () => {
    const minutes = `${A}: Gespräch mit der Familie.\n\nRT-2026-0002: Kontakt zur Schule abgebrochen.\n\n${A} und RT-2026-0002 kennen sich.\n\nAllgemeines zur Lage.`;
    const shared = item('i1', {
      title: `Fälle ${A} und RT-2026-0002`,
      minutes,
      decisions: [
        { id: 'd1', text: `${A}: Hilfe anbieten` },
        { id: 'd2', text: 'RT-2026-0002: beobachten' },
      ],
    });
    const [selected] = selectDiscussions([candidate(shared)], A, new Set(), placeholder);
    expect(selected).toMatchObject({
      reason: 'namesCode',
      wholeItem: false,
      title: `Fälle ${A} und [other case]`,
      paragraphs: [`${A}: Gespräch mit der Familie.`],
    });
    expect(selected!.decisions.map((decision) => decision.text)).toEqual([`${A}: Hilfe anbieten`]);
    expect(selected!.leftOut).toEqual({ namesOtherCase: 3, notAboutCase: 1 });
    expect(JSON.stringify(selected!.paragraphs)).not.toContain('0002');
  });

  it('a linked item that names another case is not whole: that case’s paragraphs stay out', () => {
    const linked = item('i1', { minutes: 'Einleitung.\n\nRT-2026-0002: anderer Fall.' });
    const [selected] = selectDiscussions([candidate(linked)], A, new Set(['i1']), placeholder);
    expect(selected).toMatchObject({ wholeItem: false, paragraphs: [] });
    expect(selected!.leftOut).toEqual({ namesOtherCase: 1, notAboutCase: 1 });
  });

  it('leaves out items that neither link nor name the case, and ordinary items that name it', () => {
    const other = item('i1', { minutes: 'RT-2026-0002: Gespräch.' });
    const notCaseDiscussion = item('i2', { caseDiscussion: false, minutes: `${A} wurde erwähnt.` });
    const nameInOtherCode = item('i3', { minutes: 'RT-2026-00011 ist ein anderer Fall.' });
    expect(selectDiscussions([candidate(other), candidate(notCaseDiscussion), candidate(nameInOtherCode)], A, new Set(), placeholder)).toEqual([]);
  });

  it('lists each item once, in meeting order, and totals what was left out', () => {
    const later = { ...item('i1', { minutes: `${A}: später.\n\nohne Nummer` }), meetingId: 'm2' };
    const earlier = item('i2', { minutes: `${A}: früher.` });
    const selected = selectDiscussions(
      [candidate(later, false, '2026-04-01T10:00:00.000Z'), candidate(earlier), candidate(earlier)],
      A,
      new Set(),
      placeholder,
    );
    expect(selected.map((entry) => entry.item.id)).toEqual(['i2', 'i1']);
    expect(totalLeftOut(selected)).toEqual({ namesOtherCase: 0, notAboutCase: 1 });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { ReferralInput } from '../../../renderer/src/domain/referral';
import { buildSubjectAccess, subjectAccessJson, subjectAccessReport } from '../../../renderer/src/export/subject-access';
import { reportToPrintHtml } from '../../../renderer/src/export/risk-report';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createAgendaRepository } from '../../../renderer/src/storage/repositories/agenda';
import { createDisclosureRepository } from '../../../renderer/src/storage/repositories/disclosures';
import { createMeetingRepository } from '../../../renderer/src/storage/repositories/meetings';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { createReferralRepository } from '../../../renderer/src/storage/repositories/referrals';
import { createSubjectAccessRepository } from '../../../renderer/src/storage/repositories/subject-access';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const clock = () => new Date('2026-03-10T09:00:00.000Z');
const today = () => '2026-03-10';
const placeholder = '[other case]';

/** Two cases, A and B, each with a disclosure; a case panel whose shared item names both, and an item only A's timeline links. */
async function seed(summaryA = 'Sorge um A') {
  db = freshDb();
  const partners = createPartnerRepository(db, clock);
  const school = await partners.create({ ...blankPartnerInput(), name: 'Schule', sector: 'school' });
  const police = await partners.create({ ...blankPartnerInput(), name: 'Polizei', sector: 'police' });
  const referrals = createReferralRepository(db, clock, today);
  const input = (overrides: Partial<ReferralInput>): ReferralInput => ({
    ageBand: '16_17',
    referringPartnerId: school.id,
    receivedOn: '2026-03-01',
    concernTypes: ['right_wing'],
    riskLevel: 'medium',
    ...overrides,
  });
  const a = await referrals.create(input({ initials: 'AA', summary: summaryA, leadPartnerId: police.id }), { acknowledgement: 'Dringend, Vereinbarung folgt' });
  const b = await referrals.create(input({ initials: 'BQ', summary: 'Geheimnis von B', concernTypes: ['islamist'] }));
  const disclosures = createDisclosureRepository(db, clock, today);
  const share = {
    sharedOn: '2026-03-02',
    fromPartnerId: school.id,
    toPartnerId: police.id,
    dataCategories: ['identity' as const],
    consent: 'with_consent' as const,
  };
  await disclosures.add(a.id, { ...share, description: 'Name und Schule von A', purpose: 'Gefährdung einschätzen', noAgreementReason: 'Eilfall' });
  await disclosures.add(b.id, { ...share, description: 'Unterlagen zu B', purpose: 'Zweck B', noAgreementReason: 'Eilfall B' });
  const meetings = createMeetingRepository(db, clock);
  const agenda = createAgendaRepository(db, clock);
  const panel = await meetings.create(
    {
      title: 'Fallkonferenz März',
      type: 'case_panel',
      startsAt: '2026-03-05T14:00',
      endsAt: '2026-03-05T16:00',
      timeZone: 'Europe/Berlin',
      confidentiality: 'confidential',
    },
    { invitedPartnerIds: [], mattersArisingTitle: 'Offene Punkte', representativeName: 'Vertretung' },
  );
  const shared = await agenda.add(panel.id, {
    title: `Fälle ${a.caseCode} und ${b.caseCode}`,
    caseDiscussion: true,
    minutes: `${a.caseCode}: Die Schule berichtet von Rückzug.\n\n${b.caseCode}: Kontakt zu Gruppe X.\n\nAllgemeine Lage an der Schule.`,
    decisions: [],
  });
  const onlyA = await agenda.add(panel.id, {
    title: 'Vertiefung',
    caseDiscussion: true,
    minutes: 'Beratung <script>alert(1)</script> angeboten.',
    decisions: [],
  });
  await agenda.add(panel.id, { title: 'Anderes Thema', caseDiscussion: true, minutes: `${b.caseCode}: nur B.`, decisions: [] });
  await referrals.addEvent(a.id, { kind: 'panel', on: '2026-03-05', text: 'In der Fallkonferenz besprochen', meetingId: panel.id, agendaItemId: onlyA.id });
  const records = await createSubjectAccessRepository(db).gather(a.id, placeholder);
  return { a, b, shared, onlyA, records, referrals, panel, agenda };
}

describe('subject access export', () => {
  it('holds the case, its timeline, disclosure, acknowledgement, discussions and audit history, and nothing of another case', async () => {
    const { a, b, records } = await seed();
    const data = buildSubjectAccess(records, { language: 'en', exportedAt: clock() });
    const json = subjectAccessJson(data);

    expect(data.timeline.map((entry) => entry.kind.code)).toEqual(['status', 'panel']);
    expect(data.disclosures).toHaveLength(1);
    expect(data.disclosures[0]).toMatchObject({
      description: 'Name und Schule von A',
      from: { name: 'Schule' },
      to: { name: 'Polizei' },
      consent: { code: 'with_consent', label: 'With consent' },
    });
    expect(data.acknowledgements).toHaveLength(1);
    expect(data.acknowledgements[0]!.reason).toBe('Dringend, Vereinbarung folgt');
    expect(data.caseDiscussions.map((entry) => [entry.item.title, entry.reason.code, entry.wholeItem, entry.paragraphs])).toEqual([
      [`Fälle ${a.caseCode} und ${placeholder}`, 'namesCode', false, [`${a.caseCode}: Die Schule berichtet von Rückzug.`]],
      ['Vertiefung', 'linked', true, ['Beratung <script>alert(1)</script> angeboten.']],
    ]);
    expect(data.leftOut.find((reason) => reason.code === 'namesOtherCase')?.count).toBe(1);
    expect(data.leftOut.find((reason) => reason.code === 'notAboutCase')?.count).toBe(1);
    expect(data.auditHistory.map((entry) => entry.action.code)).toEqual(expect.arrayContaining(['create', 'acknowledge', 'disclose', 'event']));
    expect(data.auditHistory.every((entry) => entry.actor.name === 'Toni Exempel')).toBe(true);

    for (const secret of [b.caseCode, 'BQ', 'Geheimnis von B', 'Unterlagen zu B', 'Gruppe X', 'nur B', 'Eilfall B', b.id]) expect(json).not.toContain(secret);
  });

  it('keeps only the paragraphs naming the case of an item another case’s timeline links too, and includes removed timeline entries', async () => {
    const { a, b, onlyA, referrals, panel, agenda } = await seed();
    await agenda.saveMinutes(onlyA.id, onlyA.revision, `Beratung angeboten.\n\n${a.caseCode}: Eltern einbezogen.`);
    await referrals.addEvent(b.id, { kind: 'panel', on: '2026-03-05', text: 'Auch B besprochen', meetingId: panel.id, agendaItemId: onlyA.id });
    const note = await referrals.addEvent(a.id, { kind: 'note', on: '2026-03-06', text: 'Notiz, später entfernt' });
    await referrals.removeEvent(note.id, note.revision);
    const data = buildSubjectAccess(await createSubjectAccessRepository(db).gather(a.id, placeholder), { language: 'en', exportedAt: clock() });

    const linked = data.caseDiscussions.find((entry) => entry.item.id === onlyA.id)!;
    expect(linked).toMatchObject({
      reason: { code: 'linked' },
      wholeItem: false,
      paragraphs: [`${a.caseCode}: Eltern einbezogen.`],
      leftOut: { notAboutCase: 1 },
    });
    expect(data.timeline.find((entry) => entry.text === 'Notiz, später entfernt')?.removedAt).toMatch(/^2026-03-10T/);
    expect(subjectAccessJson(data)).not.toContain('Auch B besprochen');
  });

  it('writes the documented, versioned JSON shape: ISO dates, codes with labels in the chosen language', async () => {
    const { a, records } = await seed();
    const data = JSON.parse(subjectAccessJson(buildSubjectAccess(records, { language: 'de', exportedAt: clock(), timeZone: 'Europe/Berlin' }))) as Record<
      string,
      unknown
    >;
    expect(Object.keys(data)).toEqual([
      'format',
      'version',
      'caseCode',
      'language',
      'exportedAt',
      'exportedBy',
      'marking',
      'included',
      'leftOut',
      'notIncluded',
      'case',
      'timeline',
      'disclosures',
      'acknowledgements',
      'caseDiscussions',
      'auditHistory',
    ]);
    expect(data).toMatchObject({
      format: 'roundtable-subject-access',
      version: 1,
      caseCode: a.caseCode,
      language: 'de',
      exportedAt: '2026-03-10T09:00:00.000Z',
      exportedBy: { name: 'Toni Exempel', organisation: 'Präventionsstelle' },
      marking: 'Vertraulich',
    });
    const fields = data['case'] as { field: string; label: string; value: unknown; text: string }[];
    expect(fields.find((field) => field.field === 'riskLevel')).toEqual({ field: 'riskLevel', label: 'Risikostufe', value: 'medium', text: 'Mittel' });
    expect(fields.find((field) => field.field === 'receivedOn')?.value).toBe('2026-03-01');
    // A moment keeps its instant and is written on this computer's clock, its zone named.
    expect(fields.find((field) => field.field === 'createdAt')).toMatchObject({
      value: '2026-03-10T09:00:00.000Z',
      text: expect.stringContaining('(Europe/Berlin)'),
    });
    expect((data['included'] as { code: string; count: number }[]).map((part) => [part.code, part.count])).toEqual([
      ['caseFields', fields.length],
      ['timeline', 2],
      ['disclosures', 1],
      ['acknowledgements', 1],
      ['caseDiscussions', 2],
      ['paragraphs', 2],
      ['auditHistory', (data['auditHistory'] as unknown[]).length],
    ]);
    const [entry] = data['auditHistory'] as { at: string; changes: { field: string; old: unknown; new: unknown; oldText: string; newText: string }[] }[];
    expect(entry!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(entry!.changes.find((change) => change.field === 'riskLevel')).toMatchObject({ old: null, new: 'medium', newText: 'Mittel' });
    // A field left empty when the case was recorded is no change, and is not listed.
    expect(entry!.changes.map((change) => change.field)).not.toContain('area');
  });

  it('escapes every text in the PDF’s HTML, and marks every page Confidential', async () => {
    const { records } = await seed('<img src=x onerror=alert(1)> & "quotes"');
    const html = reportToPrintHtml(subjectAccessReport(buildSubjectAccess(records, { language: 'en', exportedAt: clock() }), 'Europe/Berlin'), [{ css: '' }]);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('Beratung &lt;script&gt;alert(1)&lt;/script&gt; angeboten.');
    expect(html).toMatch(/<header class="running-header"><span class="marking">Confidential<\/span>/);
    expect(html).toMatch(/<footer class="running-footer"><span class="marking">Confidential<\/span>/);
  });
});

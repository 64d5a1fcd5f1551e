/**
 * A small network seen from one partner (the police), written through the app's own
 * repositories (audited, sealed where the database is): meetings it was and was not invited
 * to, actions it owns, cases in each of its roles, an agreement and disclosures both ways.
 */
import type { MeetingInput } from '../../../renderer/src/domain/meeting';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createActionRepository } from '../../../renderer/src/storage/repositories/actions';
import { createAgendaRepository } from '../../../renderer/src/storage/repositories/agenda';
import { createAgreementRepository } from '../../../renderer/src/storage/repositories/agreements';
import { createDisclosureRepository } from '../../../renderer/src/storage/repositories/disclosures';
import { createMeetingRepository } from '../../../renderer/src/storage/repositories/meetings';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { createReferralRepository } from '../../../renderer/src/storage/repositories/referrals';

export const networkToday = '2026-03-10';
export const networkClock = () => new Date(`${networkToday}T09:00:00.000Z`);

const plan = (title: string, day: string): MeetingInput => ({
  title,
  type: 'network',
  startsAt: `${day}T14:00`,
  endsAt: `${day}T16:00`,
  timeZone: 'UTC',
  confidentiality: 'internal',
});

export async function seedPartnerNetwork(db: RoundtableDb) {
  const today = () => networkToday;
  const partners = createPartnerRepository(db, networkClock);
  const meetings = createMeetingRepository(db, networkClock);
  const agenda = createAgendaRepository(db, networkClock);
  const actions = createActionRepository(db, networkClock);
  const referrals = createReferralRepository(db, networkClock, today);
  const agreements = createAgreementRepository(db, networkClock, today);
  const disclosures = createDisclosureRepository(db, networkClock, today);

  const police = await partners.create({
    ...blankPartnerInput(),
    name: 'Polizei',
    sector: 'police',
    contacts: [{ name: 'Kim Probe', email: 'kim@polizei.example' }],
  });
  const school = await partners.create({ ...blankPartnerInput(), name: 'Schule am Park', sector: 'school' });
  const youth = await partners.create({ ...blankPartnerInput(), name: 'Jugendhilfe', sector: 'social_services' });

  const options = (invitedPartnerIds: string[]) => ({ invitedPartnerIds, mattersArisingTitle: 'Offene Punkte', representativeName: 'Vertretung' });
  // Three held meetings the police were invited to (present at two), one it was not invited to, two still to come.
  const held: string[] = [];
  for (const [index, day] of ['2026-01-15', '2026-02-12', '2026-03-05'].entries()) {
    const meeting = await meetings.create(plan(`Netzwerktreffen ${index + 1}`, day), options([police.id, school.id]));
    const policeAttendee = meeting.attendees.find((attendee) => attendee.partnerId === police.id)!;
    const marked = await meetings.updateAttendee(meeting.id, meeting.revision, policeAttendee.id, { attendance: index === 1 ? 'apologies' : 'present' });
    await meetings.step(meeting.id, marked.revision, { step: 'hold' });
    held.push(meeting.id);
  }
  const notInvited = await meetings.create(plan('Schulkonferenz', '2026-02-20'), options([school.id]));
  const upcoming = await meetings.create(plan('Fallkonferenz', '2026-04-02'), options([police.id, youth.id]));
  await meetings.create(plan('Netzwerktreffen 4', '2026-04-16'), options([police.id, school.id]));

  const item = await agenda.add(held[2]!, { title: 'Lagebild' });
  const openAction = await actions.add(item.id, { text: 'Lagebild aktualisieren', ownerPartnerId: police.id, dueDate: '2026-03-20' });
  const doneAction = await actions.add(item.id, { text: 'Raum buchen', ownerPartnerId: police.id, dueDate: '2026-03-01' });
  await actions.setStatus(doneAction.id, doneAction.revision, 'done');
  await actions.add(item.id, { text: 'Elternabend', ownerPartnerId: school.id, dueDate: '2026-03-25' });

  const agreement = await agreements.create({
    title: 'Schule und Polizei',
    parties: [
      { partnerId: school.id, role: 'separate_controller' },
      { partnerId: police.id, role: 'separate_controller' },
    ],
    purpose: 'Prävention',
    legalBases: ['dsgvo_6_1_e', 'bdsg_22'],
    dataCategories: ['identity', 'ideology_beliefs'],
    startDate: '2026-01-01',
    reviewDate: '2026-12-01',
    status: 'active',
    signatories: [{ name: 'Dr. Beispiel', organisation: 'Schule', role: 'Leitung', signedOn: '2026-01-01' }],
  });
  const acknowledged = { acknowledgement: 'Akute Gefährdung' };
  const referral = (referringPartnerId: string, receivedOn: string, more: object) =>
    referrals.create({ ageBand: '16_17', referringPartnerId, receivedOn, concernTypes: ['right_wing'], riskLevel: 'medium', ...more }, acknowledged);
  const referred = await referral(police.id, '2026-02-01', {});
  const led = await referral(school.id, '2026-02-10', { leadPartnerId: police.id });
  const involved = await referral(school.id, '2026-02-20', { leadPartnerId: youth.id, involvedPartnerIds: [police.id, youth.id] });
  const unrelated = await referral(school.id, '2026-03-01', { leadPartnerId: youth.id });

  const disclosure = (from: string, to: string, sharedOn: string) => ({
    sharedOn,
    fromPartnerId: from,
    toPartnerId: to,
    dataCategories: ['identity' as const],
    description: 'Gesprächsnotiz',
    purpose: 'Fallkonferenz',
    consent: 'with_consent' as const,
    agreementId: agreement.id,
  });
  const made = await disclosures.add(led.id, disclosure(police.id, school.id, '2026-03-02'));
  const received = await disclosures.add(led.id, disclosure(school.id, police.id, '2026-03-04'));

  return { police, school, youth, held, notInvited, upcoming, openAction, doneAction, agreement, referred, led, involved, unrelated, made, received };
}

/**
 * What the example network has been doing, so a new user sees every part of the app at work:
 * a meeting held with minutes and one coming up, actions (one overdue, one due soon, one
 * done), one case, one agreement due for review and a draft risk picture. Pure: storage writes it (one transaction,
 * through the record stores, with audit entries) once the example's partners have ids.
 *
 * Dates are relative to today, so the example stays current whenever it is loaded; meeting
 * times are wall-clock times in the network's zone. Everything is invented and says so:
 * titles start with "Beispiel"/"Example", the case summary calls itself fictional.
 */
import type { Language } from '../../../electron/contract';
import type { AgreementInput } from './agreement';
import { addDays } from './date-time';
import type { ActionItem, AgendaItem, Attendee, Meeting, MeetingSeries } from './meeting';
import type { ExamplePartnerKey } from './example-network';
import type { ReferralEvent, ReferralInput } from './referral';
import type { RiskEditionInput } from './risk-picture';
import { exampleRiskPicture } from './example-risk-picture';
import type { RecordMeta } from './record';
import { instantOf } from './zoned-time';

/** A record as the example builds it: everything but the bookkeeping storage stamps, with its id chosen. */
export type NewExampleRecord<T extends RecordMeta> = Omit<T, keyof RecordMeta> & { id: string };

/** The stored ids of the example's partners and their contacts (in the example's order). */
export interface ExampleDirectory {
  partnerId: (key: ExamplePartnerKey) => string;
  contact: (key: ExamplePartnerKey) => { id: string; name: string };
}

export interface ExampleActivity {
  series: NewExampleRecord<MeetingSeries>;
  meetings: NewExampleRecord<Meeting>[];
  agendaItems: NewExampleRecord<AgendaItem>[];
  actions: NewExampleRecord<ActionItem>[];
  /** The case as its form would give it; storage gives it its code. */
  referral: ReferralInput & { status: 'support' };
  /** Its timeline after "received" (written by storage with the case), oldest first. */
  events: Omit<NewExampleRecord<ReferralEvent>, 'id' | 'referralId' | 'by'>[];
  agreement: AgreementInput;
  /** A draft edition of the risk picture, its threats answered by the actions above. */
  riskPicture: RiskEditionInput;
}

type Words = Record<Language, string>;

export function exampleActivity(language: Language, today: string, timeZone: string, people: ExampleDirectory): ExampleActivity {
  const say = (words: Words) => words[language];
  const at = (day: string, time: string) => instantOf(`${day}T${time}`, timeZone);
  const id = () => crypto.randomUUID();

  const heldOn = addDays(today, -14);
  const nextOn = addDays(today, 9);
  const seriesId = id();
  const heldId = id();
  const nextId = id();
  const [welcomeId, schoolsId, caseItemId, arisingId, reportId] = [id(), id(), id(), id(), id()];
  const [overdueId, dueSoonId, doneId] = [id(), id(), id()];

  const attendee = (key: ExamplePartnerKey, attendance: Attendee['attendance'], note = ''): Attendee => {
    const contact = people.contact(key);
    return { id: id(), partnerId: people.partnerId(key), contactId: contact.id, name: contact.name, organisation: '', attendance, note };
  };
  const invitees: ExamplePartnerKey[] = ['council', 'police', 'school', 'socialServices', 'civilSociety', 'coordination'];
  const chair = people.contact('council').name;
  const minuteTaker = people.contact('coordination').name;
  const meetingBase = {
    type: 'network' as const,
    seriesId,
    timeZone,
    location: say({ de: 'Rathaus Musterstadt, Sitzungssaal 2 (Beispiel)', en: 'Musterstadt Town Hall, meeting room 2 (example)' }),
    onlineLink: '',
    chair,
    minuteTaker,
    confidentiality: 'internal' as const,
    circulations: [],
    amendments: [],
  };
  const item = (fields: Partial<AgendaItem> & Pick<AgendaItem, 'id' | 'meetingId' | 'position' | 'title'>): NewExampleRecord<AgendaItem> => ({
    kind: 'regular',
    presenter: '',
    plannedMinutes: null,
    confidential: false,
    caseDiscussion: false,
    minutes: '',
    decisions: [],
    arisingActionIds: [],
    ...fields,
  });
  const heldStart = at(heldOn, '10:00');
  const action = (actionId: string, text: Words, owner: ExamplePartnerKey, dueDate: string, status: ActionItem['status']): NewExampleRecord<ActionItem> => ({
    id: actionId,
    meetingId: heldId,
    agendaItemId: schoolsId,
    text: say(text),
    ownerPartnerId: people.partnerId(owner),
    ownerContactId: people.contact(owner).id,
    dueDate,
    status,
    history:
      status === 'open'
        ? [{ at: heldStart, status: 'open' }]
        : [
            { at: heldStart, status: 'open' },
            { at: at(addDays(today, -2), '09:30'), status },
          ],
  });

  return {
    series: { id: seriesId, name: say({ de: 'Beispiel: Runder Tisch Prävention', en: 'Example: Prevention round table' }) },
    meetings: [
      {
        ...meetingBase,
        id: heldId,
        title: say({ de: 'Beispiel-Sitzung des Runden Tisches', en: 'Example round-table meeting' }),
        startsAt: heldStart,
        endsAt: at(heldOn, '12:00'),
        status: 'approved',
        approvedAt: at(addDays(heldOn, 3), '16:00'),
        attendees: [
          attendee('council', 'present'),
          attendee('police', 'present'),
          attendee('school', 'present'),
          attendee('socialServices', 'present'),
          attendee('coordination', 'present'),
          attendee('civilSociety', 'apologies', say({ de: 'Terminüberschneidung', en: 'Clashing appointment' })),
        ],
      },
      {
        ...meetingBase,
        id: nextId,
        title: say({ de: 'Beispiel-Sitzung des Runden Tisches (nächste)', en: 'Example round-table meeting (next)' }),
        startsAt: at(nextOn, '14:00'),
        endsAt: at(nextOn, '16:00'),
        status: 'planned',
        approvedAt: null,
        attendees: invitees.map((key) => attendee(key, 'invited')),
      },
    ],
    agendaItems: [
      item({
        id: welcomeId,
        meetingId: heldId,
        position: 0,
        title: say({ de: 'Begrüßung und Lagebild', en: 'Welcome and local picture' }),
        presenter: chair,
        plannedMinutes: 15,
        minutes: say({
          de: 'Frei erfundenes Beispiel. Die Polizei berichtet von **mehr Aufklebern** mit extremistischen Symbolen im Beispielviertel.',
          en: 'An invented example. The police report **more stickers** with extremist symbols in the example district.',
        }),
        decisions: [{ id: id(), text: say({ de: 'Das Lagebild wird vierteljährlich fortgeschrieben.', en: 'The local picture is updated every quarter.' }) }],
      }),
      item({
        id: schoolsId,
        meetingId: heldId,
        position: 1,
        title: say({ de: 'Präventionsangebote an Schulen', en: 'Prevention offers in schools' }),
        presenter: people.contact('school').name,
        plannedMinutes: 30,
        minutes: say({
          de: 'Die Schule wünscht Fortbildungen für Lehrkräfte; der Verein bietet Workshops an (Beispiel).',
          en: 'The school asks for training for teachers; the association offers workshops (example).',
        }),
      }),
      item({
        id: caseItemId,
        meetingId: heldId,
        position: 2,
        title: say({ de: 'Fallbesprechung (Beispielfall)', en: 'Case discussion (example case)' }),
        confidential: true,
        caseDiscussion: true,
        plannedMinutes: 20,
        minutes: say({
          de: 'Beispielfall besprochen; die Präventionskoordination übernimmt die Federführung.',
          en: 'Example case discussed; prevention coordination takes the lead.',
        }),
      }),
      item({
        id: arisingId,
        meetingId: nextId,
        position: 0,
        kind: 'matters_arising',
        title: say({ de: 'Offene Punkte aus früheren Sitzungen', en: 'Matters arising from earlier meetings' }),
        presenter: chair,
        arisingActionIds: [overdueId, dueSoonId],
      }),
      item({
        id: reportId,
        meetingId: nextId,
        position: 1,
        title: say({ de: 'Bericht: Workshops an der Gesamtschule', en: 'Report: workshops at the comprehensive school' }),
        presenter: people.contact('civilSociety').name,
        plannedMinutes: 20,
      }),
    ],
    actions: [
      action(
        overdueId,
        { de: 'Beispiel: Fortbildungstermine für Lehrkräfte abstimmen', en: 'Example: agree training dates for teachers' },
        'school',
        addDays(today, -3),
        'open',
      ),
      action(
        dueSoonId,
        { de: 'Beispiel: Flyer zum Beratungsangebot übersetzen', en: 'Example: translate the leaflet on counselling' },
        'civilSociety',
        addDays(today, 4),
        'in_progress',
      ),
      action(
        doneId,
        { de: 'Beispiel: Kontaktliste der Partnerorganisationen aktualisieren', en: 'Example: update the partner contact list' },
        'council',
        addDays(today, -7),
        'done',
      ),
    ],
    referral: exampleCase(language, today, people),
    events: [
      {
        kind: 'panel',
        on: heldOn,
        text: say({ de: 'Im Runden Tisch besprochen (Beispiel).', en: 'Discussed at the round table (example).' }),
        fromStatus: 'received',
        toStatus: 'panel',
        outcome: null,
        meetingId: heldId,
        agendaItemId: caseItemId,
        ownerPartnerId: null,
        dueDate: '',
        doneOn: null,
        reviewMonths: null,
      },
      {
        kind: 'status',
        on: heldOn,
        text: say({ de: 'Unterstützung beginnt (Beispiel).', en: 'Support starts (example).' }),
        fromStatus: 'panel',
        toStatus: 'support',
        outcome: null,
        meetingId: null,
        agendaItemId: null,
        ownerPartnerId: null,
        dueDate: '',
        doneOn: null,
        reviewMonths: null,
      },
      {
        kind: 'support',
        on: heldOn,
        text: say({ de: 'Beispiel: Gesprächsangebot an die Familie', en: 'Example: offer a conversation to the family' }),
        fromStatus: null,
        toStatus: null,
        outcome: null,
        meetingId: null,
        agendaItemId: null,
        ownerPartnerId: people.partnerId('coordination'),
        dueDate: addDays(today, 5),
        doneOn: null,
        reviewMonths: null,
      },
    ],
    agreement: exampleAgreement(language, today, people),
    riskPicture: exampleRiskPicture(language, today, { partnerId: people.partnerId, trainingActionId: overdueId, leafletActionId: dueSoonId }),
  };
}

function exampleCase(language: Language, today: string, people: ExampleDirectory): ExampleActivity['referral'] {
  const receivedOn = addDays(today, -21);
  return {
    initials: 'X. Y.',
    ageBand: '16_17',
    gender: '',
    area: language === 'de' ? 'Beispielviertel' : 'Example district',
    referringPartnerId: people.partnerId('civilSociety'),
    referringContactId: people.contact('civilSociety').id,
    receivedOn,
    leadPartnerId: people.partnerId('coordination'),
    involvedPartnerIds: [people.partnerId('council')],
    concernTypes: ['right_wing'],
    vulnerabilities: ['isolation'],
    summary:
      language === 'de'
        ? 'Frei erfundener Beispielfall: Eine Jugendliche teilt im Jugendtreff rechtsextreme Inhalte. Keine echte Person.'
        : 'An invented example case: a teenager shares far-right content at the youth club. Not a real person.',
    consent: 'obtained',
    consentFrom: language === 'de' ? 'Erziehungsberechtigte (Beispiel)' : 'Parent or guardian (example)',
    consentOn: addDays(receivedOn, 2),
    consentJustification: '',
    riskLevel: 'medium',
    riskAssessedOn: addDays(receivedOn, 3),
    status: 'support',
  };
}

function exampleAgreement(language: Language, today: string, people: ExampleDirectory): AgreementInput {
  const startDate = addDays(today, -345);
  const german = language === 'de';
  return {
    title: german ? 'Beispiel: Vereinbarung Fallarbeit Stadt, Verein und Koordination' : 'Example: case-work agreement, council, association and coordination',
    parties: [
      { partnerId: people.partnerId('council'), role: 'separate_controller' },
      { partnerId: people.partnerId('civilSociety'), role: 'separate_controller' },
      { partnerId: people.partnerId('coordination'), role: 'separate_controller' },
    ],
    purpose: german
      ? 'Beispiel: Austausch zu gemeldeten Fällen, um Unterstützung abzustimmen.'
      : 'Example: sharing about referred cases to coordinate support.',
    legalBases: german ? ['dsgvo_6_1_e', 'dsgvo_9_2_g', 'bdsg_22'] : ['uk_gdpr_6_1_e', 'uk_gdpr_9_2_g', 'dpa_2018_sch_1'],
    legalBasisOther: '',
    dataCategories: ['identity', 'contact', 'education', 'ideology_beliefs', 'family'],
    sharingMethod: german ? 'Verschlüsselte E-Mail, Fallkonferenz' : 'Encrypted e-mail, case panel',
    security: german ? 'Nur benannte Ansprechpersonen' : 'Named contacts only',
    retentionPeriod: german ? '2 Jahre nach Fallabschluss' : '2 years after the case closes',
    deletionArrangements: '',
    startDate,
    // Due for review within the next weeks: the overview and the register flag it.
    reviewDate: addDays(today, 20),
    endDate: '',
    signatories: [
      { name: people.contact('council').name, organisation: '', role: '', signedOn: startDate },
      { name: people.contact('civilSociety').name, organisation: '', role: '', signedOn: startDate },
    ],
    status: 'active',
    documentReference: german ? 'Beispielablage, Ordner 1' : 'Example file, folder 1',
  };
}

/**
 * A small network around one partner ("Polizeipräsidium Musterstadt"), written straight into
 * the app's IndexedDB, sealed as the app stores it: its contact with e-mail and phone, three
 * meetings it was invited to (two held, at one of which it was present; one to come), one it
 * was not, two actions it owns (one open, one done), cases in each of its roles plus one
 * without it, an agreement it is party to and a disclosure it made.
 *
 * Run after the first start (the keyring exists), then reload and unlock so the app reads it.
 */
import type { Page } from 'playwright-core';
import type { Agreement } from '../../../renderer/src/domain/agreement';
import type { Disclosure } from '../../../renderer/src/domain/disclosure';
import type { ActionItem, AgendaItem, Attendee, Meeting } from '../../../renderer/src/domain/meeting';
import type { Contact, Partner } from '../../../renderer/src/domain/partner';
import type { RecordMeta } from '../../../renderer/src/domain/record';
import type { Referral } from '../../../renderer/src/domain/referral';
import { appKeys, sealRows } from './sealing';

const stamp = '2026-01-05T09:00:00.000Z';
const meta = (): RecordMeta => ({ id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, deletedAt: null, revision: 1 });

function day(today: string, offset: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

export interface PartnerNetwork {
  partner: Partner;
  other: Partner;
  meetingTitles: { invited: string[]; notInvited: string };
  actionTexts: { open: string; done: string };
  caseCodes: { referred: string; led: string; involved: string; unrelated: string };
  agreementTitle: string;
}

export async function seedPartnerNetwork(page: Page, today: string): Promise<PartnerNetwork> {
  const partner: Partner = {
    ...meta(),
    name: 'Polizeipräsidium Musterstadt',
    shortName: 'Polizei',
    sector: 'police',
    status: 'active',
    role: '',
    joinedOn: '',
    notes: '',
  };
  const other: Partner = { ...meta(), name: 'Gesamtschule Nord', shortName: '', sector: 'school', status: 'active', role: '', joinedOn: '', notes: '' };
  const contact: Contact = {
    ...meta(),
    partnerId: partner.id,
    position: 0,
    name: 'Kim Probe',
    role: 'Prävention',
    email: 'kim.probe@polizei.example',
    phone: '+49 30 1234-567',
    notes: '',
  };

  const attendee = (who: Partner, attendance: Attendee['attendance']): Attendee => ({
    id: crypto.randomUUID(),
    partnerId: who.id,
    contactId: null,
    name: `Vertretung ${who.shortName || who.name}`,
    organisation: '',
    attendance,
    note: '',
  });
  const meeting = (title: string, offset: number, status: Meeting['status'], attendees: Attendee[]): Meeting => ({
    ...meta(),
    title,
    type: 'network',
    seriesId: null,
    startsAt: `${day(today, offset)}T13:00:00.000Z`,
    endsAt: `${day(today, offset)}T15:00:00.000Z`,
    timeZone: 'Europe/Berlin',
    location: 'Rathaus',
    onlineLink: '',
    chair: '',
    minuteTaker: '',
    confidentiality: 'internal',
    status,
    attendees,
    approvedAt: null,
    circulations: [],
    amendments: [],
  });
  const meetings = [
    meeting('Netzwerktreffen Januar', -60, 'held', [attendee(partner, 'present'), attendee(other, 'present')]),
    meeting('Netzwerktreffen Februar', -30, 'held', [attendee(partner, 'apologies'), attendee(other, 'present')]),
    meeting('Schulkonferenz Nord', -20, 'held', [attendee(other, 'present')]),
    meeting('Fallkonferenz April', 14, 'planned', [attendee(partner, 'invited'), attendee(other, 'invited')]),
  ];
  const item: AgendaItem = {
    ...meta(),
    meetingId: meetings[1]!.id,
    position: 0,
    kind: 'regular',
    title: 'Lagebild',
    presenter: '',
    plannedMinutes: null,
    confidential: false,
    caseDiscussion: false,
    minutes: '',
    decisions: [],
    arisingActionIds: [],
  };
  const action = (text: string, dueDate: string, status: ActionItem['status']): ActionItem => ({
    ...meta(),
    meetingId: item.meetingId,
    agendaItemId: item.id,
    text,
    ownerPartnerId: partner.id,
    ownerContactId: null,
    dueDate,
    status,
    history: [{ at: stamp, status }],
  });
  const actions = [
    action('Lagebild für die Schulen aktualisieren', day(today, 10), 'open'),
    action('Raum für die Fallkonferenz buchen', day(today, -25), 'done'),
  ];

  const referral = (number: number, referring: Partner, lead: Partner | null, involved: Partner[]): Referral => ({
    ...meta(),
    caseCode: `RT-2026-${String(number).padStart(4, '0')}`,
    caseYear: 2026,
    caseNumber: number,
    initials: '',
    ageBand: '16_17',
    gender: 'not_stated',
    area: '',
    referringPartnerId: referring.id,
    referringContactId: null,
    receivedOn: day(today, -50 + number),
    leadPartnerId: lead?.id ?? '',
    involvedPartnerIds: involved.map((p) => p.id),
    concernTypes: ['right_wing'],
    vulnerabilities: [],
    summary: 'Geheime Fallbeschreibung',
    consent: 'obtained',
    consentFrom: 'Erziehungsberechtigte',
    consentOn: day(today, -50 + number),
    consentJustification: '',
    riskLevel: 'medium',
    riskAssessedOn: '',
    status: 'screening',
    outcome: null,
    closedOn: null,
    nextReviewOn: null,
    retentionFrom: null,
    corrections: [],
  });
  const cases = [referral(1, partner, other, []), referral(2, other, partner, []), referral(3, other, other, [partner]), referral(4, other, other, [])];

  const agreement: Agreement = {
    ...meta(),
    title: 'Vereinbarung Schule und Polizei',
    parties: [
      { partnerId: partner.id, role: 'separate_controller' },
      { partnerId: other.id, role: 'separate_controller' },
    ],
    purpose: 'Prävention',
    legalBases: ['dsgvo_6_1_e', 'bdsg_22'],
    legalBasisOther: '',
    dataCategories: ['identity', 'ideology_beliefs'],
    sharingMethod: '',
    security: '',
    retentionPeriod: '',
    retentionMonths: null,
    deletionArrangements: '',
    startDate: day(today, -90),
    reviewDate: day(today, 200),
    endDate: '',
    signatories: [],
    status: 'active',
    documentReference: '',
  };
  const disclosure: Disclosure = {
    ...meta(),
    referralId: cases[1]!.id,
    sharedOn: day(today, -5),
    fromPartnerId: partner.id,
    toPartnerId: other.id,
    dataCategories: ['identity'],
    description: 'Kurzbericht',
    purpose: 'Fallkonferenz',
    consent: 'with_consent',
    agreementId: agreement.id,
    noAgreementReason: '',
    recordedBy: 'Toni Exempel (Präventionsstelle)',
  };

  const keys = await appKeys(page);
  const rows: Record<string, object[]> = {
    partners: sealRows(keys, 'partners', [partner, other]),
    contacts: sealRows(keys, 'contacts', [contact]),
    meetings: sealRows(keys, 'meetings', meetings),
    agendaItems: sealRows(keys, 'agendaItems', [item]),
    actions: sealRows(keys, 'actions', actions),
    referrals: sealRows(keys, 'referrals', cases),
    agreements: sealRows(keys, 'agreements', [agreement]),
    disclosures: sealRows(keys, 'disclosures', [disclosure]),
  };
  await page.evaluate(
    (tables) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [store, list] of Object.entries(tables)) for (const row of list) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
  return {
    partner,
    other,
    meetingTitles: { invited: ['Fallkonferenz April', 'Netzwerktreffen Februar', 'Netzwerktreffen Januar'], notInvited: 'Schulkonferenz Nord' },
    actionTexts: { open: actions[0]!.text, done: actions[1]!.text },
    caseCodes: { referred: cases[0]!.caseCode, led: cases[1]!.caseCode, involved: cases[2]!.caseCode, unrelated: cases[3]!.caseCode },
    agreementTitle: agreement.title,
  };
}

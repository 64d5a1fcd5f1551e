import { changed, created, ids } from './ids';
import { settings } from './v1';

/** Version 3: referrals, their timelines and the audit trail (with its head in settings). */
export const referrals = [
  {
    id: ids.referral,
    caseCode: 'RT-2026-0001',
    caseYear: 2026,
    caseNumber: 1,
    initials: 'J.K.',
    ageBand: '16_17',
    gender: 'not_stated',
    area: 'Nordstadt',
    referringPartnerId: ids.police,
    referringContactId: ids.kim,
    receivedOn: '2026-02-20',
    leadPartnerId: ids.cityCouncil,
    involvedPartnerIds: [ids.cityCouncil, ids.police],
    concernTypes: ['right_wing', 'racism'],
    vulnerabilities: ['online_exposure', 'isolation'],
    summary: 'Teilt einschlägige Inhalte in Klassenchats; Rückzug aus dem Sportverein.',
    consent: 'obtained',
    consentFrom: 'Erziehungsberechtigte',
    consentOn: '2026-02-22',
    consentJustification: '',
    riskLevel: 'medium',
    riskAssessedOn: '2026-02-25',
    status: 'panel',
    outcome: null,
    closedOn: null,
    createdAt: created,
    updatedAt: changed,
    deletedAt: null,
  },
];

export const referralEvents = [
  {
    id: ids.referralEvent,
    referralId: ids.referral,
    kind: 'panel',
    on: '2026-03-05',
    by: 'Erika Beispiel (Stadt Musterstadt)',
    text: 'In der Fallkonferenz besprochen.',
    fromStatus: null,
    toStatus: null,
    outcome: null,
    meetingId: ids.meeting,
    agendaItemId: ids.agendaCase,
    ownerPartnerId: null,
    dueDate: '',
    doneOn: null,
    reviewMonths: null,
    createdAt: changed,
    updatedAt: changed,
    deletedAt: null,
  },
];

export const audit = [
  {
    id: ids.auditCreate,
    seq: 1,
    at: created,
    actorName: 'Erika Beispiel',
    actorOrganisation: 'Stadt Musterstadt',
    action: 'create',
    entity: 'referral',
    entityId: ids.referral,
    changes: [{ field: 'riskLevel', old: null, new: 'medium' }],
    prevHash: '0'.repeat(64),
    hash: 'a3f1'.repeat(16),
  },
  {
    id: ids.auditStatus,
    seq: 2,
    at: changed,
    actorName: 'Erika Beispiel',
    actorOrganisation: 'Stadt Musterstadt',
    action: 'status',
    entity: 'referral',
    entityId: ids.referral,
    changes: [{ field: 'status', old: 'screening', new: 'panel' }],
    prevHash: 'a3f1'.repeat(16),
    hash: '7c9e'.repeat(16),
  },
];

/** Settings as version 3 left them: the local user and the audit log's head joined the earlier ones. */
export const settingsWithAudit = [
  { key: 'auditHead', value: { seq: 2, hash: '7c9e'.repeat(16) } },
  settings[0]!,
  { key: 'localUser', value: { name: 'Erika Beispiel', organisation: 'Stadt Musterstadt' } },
  settings[1]!,
  settings[2]!,
];

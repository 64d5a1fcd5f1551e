import { changed, created, ids } from './ids';

/** Version 4: information-sharing agreements, each case's disclosure log, acknowledged gaps. */
export const agreements = [
  {
    id: ids.agreement,
    title: 'Vereinbarung Informationsaustausch Stadt – Polizei',
    parties: [
      { partnerId: ids.cityCouncil, role: 'joint_controller' },
      { partnerId: ids.police, role: 'joint_controller' },
    ],
    purpose: 'Abstimmung von Unterstützungsangeboten für gefährdete junge Menschen.',
    legalBases: ['dsgvo_6_1_e', 'dsgvo_9_2_g'],
    legalBasisOther: '',
    dataCategories: ['identity', 'ideology_beliefs'],
    sharingMethod: 'Verschlüsselte E-Mail',
    security: 'Nur benannte Ansprechpersonen; Ablage im Fallordner.',
    retentionPeriod: '2 Jahre nach Fallabschluss',
    deletionArrangements: 'Löschprotokoll an die Koordination',
    startDate: '2026-01-01',
    reviewDate: '2026-12-31',
    endDate: '',
    signatories: [
      { name: 'Erika Beispiel', organisation: 'Stadt Musterstadt', role: 'Leitung', signedOn: '2026-01-05' },
      { name: 'Kim Probe', organisation: 'Polizeipräsidium Musterstadt', role: '', signedOn: '' },
    ],
    status: 'active',
    documentReference: 'Akte 32.1/2026',
    createdAt: created,
    updatedAt: changed,
    deletedAt: null,
  },
];

export const disclosures = [
  {
    id: ids.disclosure,
    referralId: ids.referral,
    sharedOn: '2026-03-04',
    fromPartnerId: ids.police,
    toPartnerId: ids.cityCouncil,
    dataCategories: ['identity', 'ideology_beliefs'],
    description: 'Kurzbericht zur Lage',
    purpose: 'Vorbereitung der Fallkonferenz',
    consent: 'with_consent',
    agreementId: ids.agreement,
    noAgreementReason: '',
    recordedBy: 'Erika Beispiel (Stadt Musterstadt)',
    createdAt: changed,
    updatedAt: changed,
    deletedAt: null,
  },
];

export const coverageAcknowledgements = [
  {
    id: ids.acknowledgement,
    referralId: ids.referral,
    gaps: [{ partnerIds: [ids.cityCouncil, ids.formerPartner], missing: ['family'] }],
    reason: 'Einmalige Abstimmung im Notfall; Vereinbarung in Vorbereitung.',
    by: 'Erika Beispiel (Stadt Musterstadt)',
    createdAt: changed,
    updatedAt: changed,
    deletedAt: null,
  },
];

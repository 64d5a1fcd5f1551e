/** Record ids shared by the rows of every version, so references between stores line up. */
export const ids = {
  cityCouncil: '1a6e0f3c-2b1d-4c51-9a0e-000000000001',
  police: '1a6e0f3c-2b1d-4c51-9a0e-000000000002',
  formerPartner: '1a6e0f3c-2b1d-4c51-9a0e-000000000003',
  erika: '2b7f1a4d-3c2e-4d62-8b1f-000000000001',
  kim: '2b7f1a4d-3c2e-4d62-8b1f-000000000002',
  series: '3c8a2b5e-4d3f-4e73-9c2a-000000000001',
  meeting: '4d9b3c6f-5e4a-4f84-8d3b-000000000001',
  agendaCase: '5eac4d7a-6f5b-4a95-9e4c-000000000001',
  agendaRegular: '5eac4d7a-6f5b-4a95-9e4c-000000000002',
  action: '6fbd5e8b-7a6c-4ba6-8f5d-000000000001',
  referral: '7ace6f9c-8b7d-4cb7-9a6e-000000000001',
  referralEvent: '8bdf7aad-9c8e-4dc8-8b7f-000000000001',
  closedReferral: '7ace6f9c-8b7d-4cb7-9a6e-000000000002',
  reviewDone: '8bdf7aad-9c8e-4dc8-8b7f-000000000002',
  reviewOpen: '8bdf7aad-9c8e-4dc8-8b7f-000000000003',
  reviewRemoved: '8bdf7aad-9c8e-4dc8-8b7f-000000000004',
  signpostedReferral: '7ace6f9c-8b7d-4cb7-9a6e-000000000003',
  signpostedEvent: '8bdf7aad-9c8e-4dc8-8b7f-000000000005',
  auditCreate: '9ce08bbe-ad9f-4ed9-9c80-000000000001',
  auditStatus: '9ce08bbe-ad9f-4ed9-9c80-000000000002',
  agreement: 'ad0f9ccf-beaf-4fea-8d91-000000000001',
  disclosure: 'be1aaddf-cfb0-4afb-9ea2-000000000001',
  acknowledgement: 'cf2bbeef-d0c1-4b0c-8fb3-000000000001',
} as const;

/** Times the rows were created and last changed. */
export const created = '2026-02-02T09:15:00.000Z';
export const changed = '2026-03-05T16:40:12.345Z';

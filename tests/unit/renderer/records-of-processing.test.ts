import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../renderer/src/domain/agreement';
import { caseDataCategories, recordsOfProcessing } from '../../../renderer/src/domain/records-of-processing';
import { defaultRetentionSchedule } from '../../../renderer/src/domain/retention';

const meta = { createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z', deletedAt: null, revision: 1 };
const agreement = (id: string, title: string, extra: Partial<Agreement> = {}): Agreement => ({
  ...meta,
  id,
  title,
  parties: [
    { partnerId: 'school', role: 'separate_controller' },
    { partnerId: 'police', role: 'separate_controller' },
  ],
  purpose: `Purpose of ${title}`,
  legalBases: ['dsgvo_6_1_e'],
  legalBasisOther: '',
  dataCategories: ['identity'],
  sharingMethod: '',
  security: '',
  retentionPeriod: '',
  retentionMonths: null,
  deletionArrangements: '',
  startDate: '2026-01-01',
  reviewDate: '2026-12-01',
  endDate: '',
  signatories: [{ name: 'A', organisation: 'B', role: '', signedOn: '2026-01-01' }],
  status: 'active',
  documentReference: '',
  ...extra,
});
const collator = new Intl.Collator('en');
const today = '2026-03-10';

describe('records of processing', () => {
  it('names every data category a case can hold, as the referral derivation gives them', () => {
    expect(caseDataCategories()).toEqual(['identity', 'health', 'criminal_offence', 'ideology_beliefs', 'family']);
  });

  it('takes purposes and legal bases from the agreements in force only, by title', () => {
    const records = recordsOfProcessing({
      agreements: [
        agreement('a2', 'Youth services and school', {
          legalBases: ['uk_gdpr_6_1_e', 'sgb_x_69'],
          legalBasisOther: 'Schulgesetz §4',
          retentionPeriod: '2 years',
        }),
        agreement('a1', 'Police and school', { status: 'under_review', legalBases: ['dsgvo_9_2_g', 'dsgvo_6_1_e'], dataCategories: ['identity', 'health'] }),
        agreement('draft', 'Draft one', { status: 'draft', legalBases: ['cda_1998_s115'] }),
        agreement('ended', 'Ended one', { endDate: '2026-03-09', legalBases: ['bdsg_22'] }),
        agreement('later', 'Starts later', { startDate: '2026-04-01', legalBases: ['uk_gdpr_9_2_g'] }),
        agreement('gone', 'Terminated one', { status: 'terminated', legalBases: ['dpa_2018_sch_1'] }),
      ],
      receivedCounts: new Map(),
      partnerNames: new Map(),
      schedule: defaultRetentionSchedule,
      today,
      collator,
    });
    expect(records.purposes.map((purpose) => [purpose.agreementId, purpose.purpose, purpose.legalBases])).toEqual([
      ['a1', 'Purpose of Police and school', ['dsgvo_9_2_g', 'dsgvo_6_1_e']],
      ['a2', 'Purpose of Youth services and school', ['uk_gdpr_6_1_e', 'sgb_x_69']],
    ]);
    expect(records.purposes[1]).toMatchObject({ legalBasisOther: 'Schulgesetz §4', retentionPeriod: '2 years', partyIds: ['school', 'police'] });
    expect(records.purposes[0]!.dataCategories).toEqual(['identity', 'health']);
    // The union, in the canonical order of the bases.
    expect(records.legalBases).toEqual(['uk_gdpr_6_1_e', 'dsgvo_6_1_e', 'dsgvo_9_2_g', 'sgb_x_69']);
  });

  it('an agreement in force on its last day still counts; the day after, it does not', () => {
    const input = { receivedCounts: new Map(), partnerNames: new Map(), schedule: defaultRetentionSchedule, collator };
    const lastDay = agreement('a', 'Ends today', { endDate: today });
    expect(recordsOfProcessing({ ...input, agreements: [lastDay], today }).purposes).toHaveLength(1);
    expect(recordsOfProcessing({ ...input, agreements: [lastDay], today: '2026-03-11' }).purposes).toHaveLength(0);
  });

  it('lists the recipients from the disclosures, most received first, with names', () => {
    const records = recordsOfProcessing({
      agreements: [],
      receivedCounts: new Map([
        ['youth', 2],
        ['police', 5],
        ['school', 2],
        ['nobody', 0],
      ]),
      partnerNames: new Map([
        ['youth', 'Youth services'],
        ['police', 'Police'],
        ['school', 'School in the park'],
      ]),
      schedule: defaultRetentionSchedule,
      today,
      collator,
    });
    expect(records.recipients).toEqual([
      { partnerId: 'police', name: 'Police', count: 5 },
      { partnerId: 'school', name: 'School in the park', count: 2 },
      { partnerId: 'youth', name: 'Youth services', count: 2 },
    ]);
  });

  it('gives each kind of data its retention from the schedule in force', () => {
    const schedule = { ...defaultRetentionSchedule, closedCase: 24, formerPartnerContact: 3 };
    const records = recordsOfProcessing({ agreements: [], receivedCounts: new Map(), partnerNames: new Map(), schedule, today, collator });
    const byKind = Object.fromEntries(records.kinds.map((entry) => [entry.kind, entry]));
    expect(byKind['cases']!.retention).toEqual([
      { rule: 'closedCase', months: 24 },
      { rule: 'caseNotTakenOn', months: 12 },
    ]);
    expect(byKind['cases']!.dataCategories).toEqual(caseDataCategories());
    expect(byKind['disclosures']!.retention.map((entry) => entry.rule)).toEqual(['closedCase', 'caseNotTakenOn']);
    expect(byKind['meetingsMinutes']!.retention).toEqual([{ rule: 'caseDiscussion', months: 36 }]);
    expect(byKind['partnersContacts']!.retention).toEqual([{ rule: 'formerPartnerContact', months: 3 }]);
    expect(byKind['agreements']!.retention).toEqual([]);
    expect(byKind['auditTrail']!.retention).toEqual([{ rule: 'auditActors', months: 12 }]);
  });
});

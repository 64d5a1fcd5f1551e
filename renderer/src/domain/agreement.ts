/**
 * Information-sharing agreements (ISA; German: Vereinbarung zum Informationsaustausch).
 * The fields follow the UK ICO data-sharing code: who shares, why, on which legal basis,
 * which data, how it is moved and secured, how long it is kept, who signed, when it is
 * reviewed. Status from dates lives in agreement-status.ts, coverage in agreement-coverage.ts.
 */
import { z } from 'zod';
import type { RecordMeta } from './record';
import { retentionMonthLimits } from './retention';
import { isPlausibleIsoDate, isRealIsoDate, limits, msg, optionalIsoDate, optionalText, plausibleYears, requiredText } from './validation';

export const agreementStatuses = ['draft', 'active', 'under_review', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const partyRoles = ['joint_controller', 'separate_controller', 'processor'] as const;
export type PartyRole = (typeof partyRoles)[number];

/** UK and German bases side by side: EU projects mix both. Anything else goes into free text. */
export const legalBases = [
  'uk_gdpr_6_1_c',
  'uk_gdpr_6_1_e',
  'uk_gdpr_9_2_g',
  'dpa_2018_sch_1',
  'cda_1998_s115',
  'dsgvo_6_1_c',
  'dsgvo_6_1_e',
  'dsgvo_9_2_g',
  'bdsg_22',
  'sgb_x_69',
] as const;
export type LegalBasis = (typeof legalBases)[number];

/** The bases that are conditions for special-category data (Art. 9 and its national laws). */
export const specialCategoryBases: readonly LegalBasis[] = ['uk_gdpr_9_2_g', 'dpa_2018_sch_1', 'dsgvo_9_2_g', 'bdsg_22'];

export const dataCategories = ['identity', 'contact', 'education', 'health', 'criminal_offence', 'ideology_beliefs', 'family', 'other'] as const;
export type DataCategory = (typeof dataCategories)[number];

/**
 * Categories that need more than an Art. 6 basis: health and beliefs are special-category
 * data (Art. 9), criminal-offence data has its own rules (Art. 10). Both are flagged.
 */
export const categorySensitivity: Partial<Record<DataCategory, 'special' | 'criminal'>> = {
  health: 'special',
  ideology_beliefs: 'special',
  criminal_offence: 'criminal',
};

export function isSensitiveCategory(category: DataCategory): boolean {
  return categorySensitivity[category] !== undefined;
}

const isoDateRequired = z
  .string({ error: msg('required') })
  .trim()
  .min(1, { error: msg('required') })
  .refine((value) => value === '' || isRealIsoDate(value), { error: msg('date') })
  .refine((value) => !isRealIsoDate(value) || isPlausibleIsoDate(value), { error: msg('dateRange', plausibleYears) });

const partySchema = z.object({
  partnerId: z
    .string({ error: msg('required') })
    .trim()
    .min(1, { error: msg('required') }),
  role: z.enum(partyRoles, { error: msg('choice') }),
});

const signatorySchema = z.object({
  name: requiredText(limits.name),
  organisation: optionalText(limits.name),
  role: optionalText(limits.role),
  signedOn: optionalIsoDate,
});

const retentionMonthsMessage = msg('retentionMonths', { min: retentionMonthLimits.min, max: retentionMonthLimits.max });

/** Whole months from 1 to 120, as the retention schedule counts them. */
export const agreementRetentionMonths = z
  .number({ error: retentionMonthsMessage })
  .int({ error: retentionMonthsMessage })
  .min(retentionMonthLimits.min, { error: retentionMonthsMessage })
  .max(retentionMonthLimits.max, { error: retentionMonthsMessage });

/**
 * The agreement's own deletion period in months after the case's retention start, or null
 * for none: a form's empty number field ('') and an import's missing value mean none.
 */
const optionalRetentionMonths = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((value) => (value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? null : Number(value)))
  .pipe(agreementRetentionMonths.nullable());

/** The agreement form, and every import. `today` is injected so tests are deterministic. */
export function agreementInputSchema(today: () => string) {
  return z
    .object({
      title: requiredText(limits.name),
      parties: z.array(partySchema).max(50).default([]),
      purpose: requiredText(limits.notes),
      legalBases: z.array(z.enum(legalBases)).default([]),
      legalBasisOther: optionalText(limits.notes),
      dataCategories: z.array(z.enum(dataCategories)).min(1, { error: msg('categoryRequired') }),
      sharingMethod: optionalText(limits.notes),
      security: optionalText(limits.notes),
      retentionPeriod: optionalText(limits.name),
      retentionMonths: optionalRetentionMonths,
      deletionArrangements: optionalText(limits.notes),
      startDate: isoDateRequired,
      reviewDate: isoDateRequired,
      endDate: optionalIsoDate,
      signatories: z.array(signatorySchema).max(50).default([]),
      status: z.enum(agreementStatuses, { error: msg('choice') }).default('draft'),
      documentReference: optionalText(limits.documentReference),
    })
    .superRefine((value, context) => {
      const partnerIds = value.parties.map((party) => party.partnerId);
      if (new Set(partnerIds).size < 2) {
        context.addIssue({ code: 'custom', path: ['parties'], message: msg('partiesRequired') });
      }
      partnerIds.forEach((partnerId, index) => {
        if (partnerId && partnerIds.indexOf(partnerId) !== index) {
          context.addIssue({ code: 'custom', path: ['parties', index, 'partnerId'], message: msg('duplicateParty') });
        }
      });
      const special = value.dataCategories.some((category) => categorySensitivity[category] === 'special');
      if (value.legalBases.length === 0 && !value.legalBasisOther) {
        context.addIssue({ code: 'custom', path: ['legalBases'], message: msg('legalBasisRequired') });
      } else if (special && !value.legalBasisOther && !value.legalBases.some((basis) => specialCategoryBases.includes(basis))) {
        context.addIssue({ code: 'custom', path: ['legalBases'], message: msg('specialCategoryBasis') });
      }
      const dated = isRealIsoDate(value.startDate);
      if (dated && isRealIsoDate(value.reviewDate) && value.reviewDate < value.startDate) {
        context.addIssue({ code: 'custom', path: ['reviewDate'], message: msg('beforeStart') });
      }
      if (dated && isRealIsoDate(value.endDate) && value.endDate < value.startDate) {
        context.addIssue({ code: 'custom', path: ['endDate'], message: msg('beforeStart') });
      }
      value.signatories.forEach((signatory, index) => {
        if (signatory.signedOn && signatory.signedOn > today()) {
          context.addIssue({ code: 'custom', path: ['signatories', index, 'signedOn'], message: msg('futureDate') });
        }
      });
      // An agreement in force has been signed: data may not flow on a draft.
      const inForce = value.status === 'active' || value.status === 'under_review';
      if (inForce && !value.signatories.some((signatory) => signatory.signedOn)) {
        context.addIssue({ code: 'custom', path: ['signatories'], message: msg('signatureRequired') });
      }
    });
}

export type AgreementInput = z.input<ReturnType<typeof agreementInputSchema>>;
export type AgreementData = z.output<ReturnType<typeof agreementInputSchema>>;
export type AgreementParty = AgreementData['parties'][number];
export type Signatory = AgreementData['signatories'][number];

export interface Agreement extends RecordMeta, AgreementData {}

/** Fields compared (old → new) in the audit trail when an agreement changes. */
export const auditedAgreementFields = [
  'title',
  'parties',
  'purpose',
  'legalBases',
  'legalBasisOther',
  'dataCategories',
  'sharingMethod',
  'security',
  'retentionPeriod',
  'retentionMonths',
  'deletionArrangements',
  'startDate',
  'reviewDate',
  'endDate',
  'signatories',
  'status',
  'documentReference',
] as const satisfies readonly (keyof Agreement)[];

/** The partners an agreement binds, in the order they were entered. */
export function partyIds(agreement: Pick<AgreementData, 'parties'>): string[] {
  return agreement.parties.map((party) => party.partnerId);
}

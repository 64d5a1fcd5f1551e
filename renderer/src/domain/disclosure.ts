/**
 * The disclosure log of a case (ICO data-sharing code): what was shared, by whom with whom,
 * when, why, with or without consent, and under which agreement. Entries are only added:
 * a log a data-protection officer relies on is never edited afterwards.
 */
import { z } from 'zod';
import { dataCategories, type DataCategory } from './agreement';
import type { CoverageGap } from './agreement-coverage';
import type { RecordMeta } from './record';
import { limits, msg, optionalText, pastOrToday, requiredText } from './validation';

export const disclosureConsents = ['with_consent', 'without_consent'] as const;
export type DisclosureConsent = (typeof disclosureConsents)[number];

const partnerId = z
  .string({ error: msg('required') })
  .trim()
  .min(1, { error: msg('required') });

export function disclosureInputSchema(today: () => string) {
  return z
    .object({
      sharedOn: pastOrToday(today),
      fromPartnerId: partnerId,
      toPartnerId: partnerId,
      dataCategories: z.array(z.enum(dataCategories)).min(1, { error: msg('categoryRequired') }),
      description: requiredText(limits.notes),
      purpose: requiredText(limits.notes),
      consent: z.enum(disclosureConsents, { error: msg('choice') }),
      agreementId: z.string().trim().default(''),
      /** Without an agreement, the lawful reason it was shared all the same (e.g. an emergency). */
      noAgreementReason: optionalText(limits.notes),
    })
    .superRefine((value, context) => {
      if (value.fromPartnerId && value.fromPartnerId === value.toPartnerId) {
        context.addIssue({ code: 'custom', path: ['toPartnerId'], message: msg('samePartner') });
      }
      if (!value.agreementId && !value.noAgreementReason) {
        context.addIssue({ code: 'custom', path: ['noAgreementReason'], message: msg('agreementOrReason') });
      }
    });
}

export type DisclosureInput = z.input<ReturnType<typeof disclosureInputSchema>>;
export type DisclosureData = z.output<ReturnType<typeof disclosureInputSchema>>;

export interface Disclosure extends RecordMeta, DisclosureData {
  referralId: string;
  /** Who logged it, as "Name (Organisation)". */
  recordedBy: string;
}

/** The coordinator went ahead although no agreement covers these pairs, and said why. */
export interface CoverageAcknowledgement extends RecordMeta {
  referralId: string;
  gaps: CoverageGap[];
  reason: string;
  /** Who acknowledged, as "Name (Organisation)". */
  by: string;
}

export const acknowledgementReason = requiredText(limits.notes);

export type { DataCategory };

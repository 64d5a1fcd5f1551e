/** Building timeline entries (validated) for the referral repository. */
import { z } from 'zod';
import type { ReferralEvent } from '../../domain/referral';
import { newRecordMeta } from '../../domain/record';
import { isRealIsoDate, limits } from '../../domain/validation';

/** What the timeline form gives: a kind, a day, text, and the kind's own fields. */
export type TimelineInput = Partial<Omit<ReferralEvent, 'id' | 'referralId' | 'by' | 'createdAt' | 'updatedAt' | 'deletedAt'>> &
  Pick<ReferralEvent, 'kind' | 'on' | 'text'>;

const timelineSchema = z.object({
  kind: z.enum(['status', 'note', 'contact', 'panel', 'support', 'review']),
  on: z.string().refine(isRealIsoDate),
  text: z.string().trim().max(limits.notes),
  dueDate: z.string().refine((value) => value === '' || isRealIsoDate(value)).default(''),
});

export function newEvent(referralId: string, input: TimelineInput, by: string, now: Date): ReferralEvent {
  const checked = timelineSchema.parse({ kind: input.kind, on: input.on, text: input.text, dueDate: input.dueDate ?? '' });
  return {
    ...newRecordMeta(now),
    referralId,
    by,
    kind: checked.kind,
    on: checked.on,
    text: checked.text,
    fromStatus: input.fromStatus ?? null,
    toStatus: input.toStatus ?? null,
    outcome: input.outcome ?? null,
    meetingId: input.meetingId ?? null,
    agendaItemId: input.agendaItemId ?? null,
    ownerPartnerId: input.ownerPartnerId ?? null,
    dueDate: checked.dueDate,
    doneOn: input.doneOn ?? null,
    reviewMonths: input.reviewMonths ?? null,
  };
}

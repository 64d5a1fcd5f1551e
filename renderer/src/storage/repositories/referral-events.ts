/** Building timeline entries (validated) for the referral repository, and their audit line. */
import { z } from 'zod';
import type { AuditChange } from '../../domain/audit';
import type { ReferralEvent } from '../../domain/referral';
import { isRealIsoDate, limits } from '../../domain/validation';
import type { NewRecord } from '../record-store';

/** What the timeline form gives: a kind, a day, text, and the kind's own fields. */
export type TimelineInput = Partial<Omit<ReferralEvent, 'id' | 'referralId' | 'by' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'revision'>> &
  Pick<ReferralEvent, 'kind' | 'on' | 'text'>;

const timelineSchema = z.object({
  kind: z.enum(['status', 'note', 'contact', 'panel', 'support', 'review']),
  on: z.string().refine(isRealIsoDate),
  text: z.string().trim().max(limits.notes),
  dueDate: z
    .string()
    .refine((value) => value === '' || isRealIsoDate(value))
    .default(''),
});

export function newEvent(referralId: string, input: TimelineInput, by: string): NewRecord<ReferralEvent> {
  const checked = timelineSchema.parse({ kind: input.kind, on: input.on, text: input.text, dueDate: input.dueDate ?? '' });
  return {
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

/** A timeline entry in the case's history: one line, its kind, with day, text and due date. */
export function eventAudit(event: NewRecord<ReferralEvent>): AuditChange[] {
  return [
    { field: event.kind, old: null, new: { on: event.on, text: event.text, dueDate: event.dueDate || undefined, meetingId: event.meetingId ?? undefined } },
  ];
}

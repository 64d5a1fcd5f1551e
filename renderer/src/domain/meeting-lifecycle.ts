/**
 * The minutes lifecycle: planned → held (minutes in draft) → approved (locked) →
 * circulated. Approved minutes change only through an amendment with a reason, which
 * reopens them as a draft and stays on record (and in every export).
 */
import type { Meeting, MeetingStatus, MinutesVariant } from './meeting';

export type LifecycleStep = 'hold' | 'approve' | 'circulate' | 'amend';
export type LifecycleError = 'notAllowed' | 'reasonRequired' | 'recipientRequired' | 'dateRequired';

const steps: Record<MeetingStatus, LifecycleStep[]> = {
  planned: ['hold'],
  held: ['approve'],
  approved: ['circulate', 'amend'],
  circulated: ['circulate', 'amend'],
};

export function availableSteps(status: MeetingStatus): LifecycleStep[] {
  return steps[status];
}

/** Minutes, agenda, decisions and actions' content may change only while in draft. */
export function isMinutesEditable(status: MeetingStatus): boolean {
  return status === 'planned' || status === 'held';
}

export function isDraft(status: MeetingStatus): boolean {
  return status === 'planned' || status === 'held';
}

export type StepParams =
  { step: 'hold' } | { step: 'approve' } | { step: 'circulate'; to: string; on: string; variant: MinutesVariant } | { step: 'amend'; reason: string };

export type StepResult = { ok: true; meeting: Meeting } | { ok: false; error: LifecycleError };

/** Applies one step to a meeting, or says why it may not be taken. Pure: returns a new record. */
export function applyStep(meeting: Meeting, params: StepParams, now: Date, newId: () => string = () => crypto.randomUUID()): StepResult {
  if (!availableSteps(meeting.status).includes(params.step)) return { ok: false, error: 'notAllowed' };
  const stamp = now.toISOString();
  const base = { ...meeting, updatedAt: stamp };
  switch (params.step) {
    case 'hold':
      return { ok: true, meeting: { ...base, status: 'held' } };
    case 'approve':
      return { ok: true, meeting: { ...base, status: 'approved', approvedAt: stamp } };
    case 'circulate': {
      const to = params.to.trim();
      if (!to) return { ok: false, error: 'recipientRequired' };
      if (!params.on) return { ok: false, error: 'dateRequired' };
      const circulation = { id: newId(), to, on: params.on, variant: params.variant };
      return { ok: true, meeting: { ...base, status: 'circulated', circulations: [...meeting.circulations, circulation] } };
    }
    case 'amend': {
      const reason = params.reason.trim();
      if (!reason) return { ok: false, error: 'reasonRequired' };
      return {
        ok: true,
        meeting: { ...base, status: 'held', approvedAt: null, amendments: [...meeting.amendments, { id: newId(), at: stamp, reason }] },
      };
    }
  }
}

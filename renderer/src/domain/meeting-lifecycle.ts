/**
 * The minutes lifecycle: planned → held (minutes in draft) → approved (locked) →
 * circulated. Approved minutes change only through an amendment with a reason, which
 * reopens them as a draft and stays on record (and in every export).
 */
import type { Amendment, Approver, Circulation, Meeting, MeetingStatus, MinutesVariant } from './meeting';

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

/** A step as the screen asks for it; storage adds who approves (the local user). */
export type StepRequest =
  { step: 'hold' } | { step: 'approve' } | { step: 'circulate'; to: string; on: string; variant: MinutesVariant } | { step: 'amend'; reason: string };

export type StepParams =
  | { step: 'hold' }
  | { step: 'approve'; by: Approver }
  | { step: 'circulate'; to: string; on: string; variant: MinutesVariant }
  | { step: 'amend'; reason: string };

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
      return {
        ok: true,
        meeting: { ...base, status: 'approved', approvedAt: stamp, approvedBy: { name: params.by.name, organisation: params.by.organisation } },
      };
    case 'circulate': {
      const to = params.to.trim();
      if (!to) return { ok: false, error: 'recipientRequired' };
      if (!params.on) return { ok: false, error: 'dateRequired' };
      const circulation = { id: newId(), to, on: params.on, variant: params.variant, recordedAt: stamp };
      return { ok: true, meeting: { ...base, status: 'circulated', circulations: [...meeting.circulations, circulation] } };
    }
    case 'amend': {
      const reason = params.reason.trim();
      if (!reason) return { ok: false, error: 'reasonRequired' };
      return {
        ok: true,
        meeting: { ...base, status: 'held', approvedAt: null, approvedBy: null, amendments: [...meeting.amendments, { id: newId(), at: stamp, reason }] },
      };
    }
  }
}

/**
 * The amendment that made a circulation out of date: the first one after it was sent, or
 * null while what went out is still the text on record. A circulation recorded before
 * `recordedAt` existed is judged by its date: an amendment on or after that day outdates it.
 */
export function amendmentAfter(meeting: Pick<Meeting, 'amendments'>, circulation: Circulation): Amendment | null {
  const later = meeting.amendments.filter((amendment) =>
    circulation.recordedAt ? amendment.at > circulation.recordedAt : amendment.at.slice(0, 10) >= circulation.on,
  );
  return later.sort((a, b) => a.at.localeCompare(b.at))[0] ?? null;
}

/** Whether the minutes as they stand now have gone out: some circulation is not out of date. */
export function isCurrentTextCirculated(meeting: Pick<Meeting, 'amendments' | 'circulations'>): boolean {
  return meeting.circulations.some((circulation) => amendmentAfter(meeting, circulation) === null);
}

/**
 * Acknowledgements of sharing without an agreement, grouped for display: a case saved three
 * times by the same person with the same reason shows that reason once, with its dates,
 * instead of three identical lines.
 */
import type { CoverageAcknowledgement } from './disclosure';

export interface AcknowledgementGroup {
  by: string;
  reason: string;
  /** When each acknowledgement in the group was recorded (ISO instants), oldest first. */
  recordedAt: string[];
  /** The acknowledgements' ids, in the same order (stable keys for a list). */
  ids: string[];
}

export function groupAcknowledgements(entries: readonly Pick<CoverageAcknowledgement, 'id' | 'by' | 'reason' | 'createdAt'>[]): AcknowledgementGroup[] {
  const groups = new Map<string, AcknowledgementGroup>();
  const sorted = [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const entry of sorted) {
    // Identical as read: the same person, the same reason (surrounding blanks aside).
    const key = JSON.stringify([entry.by.trim(), entry.reason.trim()]);
    const group = groups.get(key);
    if (group) {
      group.recordedAt.push(entry.createdAt);
      group.ids.push(entry.id);
    } else {
      groups.set(key, { by: entry.by.trim(), reason: entry.reason.trim(), recordedAt: [entry.createdAt], ids: [entry.id] });
    }
  }
  return [...groups.values()];
}

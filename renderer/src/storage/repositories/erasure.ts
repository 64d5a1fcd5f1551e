/**
 * Deleting for good (data protection): a case with everything recorded with it, a former
 * partner's contact, or the case-discussion part of a meeting's minutes. Erased in one
 * transaction: the rows, their words in the search index (told after the commit), and the
 * values in their audit entries (the entries keep their commitments, so the chain still
 * verifies); an erasure record for each deleted record says what it was, when and why.
 *
 * CONTRACT (issue 14): the signatures below are what the due-for-deletion list, the DPO page
 * and the case page call. The lead implements them.
 */
import type { Erasure, ErasureRequest } from '../../domain/erasure';
import type { RetentionHold } from '../../domain/retention-hold';
import type { RoundtableDb } from '../db';

/** What deleting a case would erase, shown in the dialog before anything happens. */
export interface CaseErasurePreview {
  caseId: string;
  caseCode: string;
  revision: number;
  timelineEntries: number;
  disclosures: number;
  acknowledgements: number;
  /** Case-discussion parts of minutes linked to the case (its panel entries): their content goes with it. */
  caseDiscussions: { agendaItemId: string; meetingId: string; meetingTitle: string; startsAt: string; timeZone: string; itemTitle: string }[];
  /** Audit entries whose values are erased (the entries themselves stay, without content). */
  auditEntries: number;
  /** A hold that has not ended: deleting is refused while it lasts. */
  activeHold: RetentionHold | null;
}

export function createErasureRepository(db: RoundtableDb, clock: () => Date, today: () => string) {
  void db;
  void clock;
  void today;
  const pending = (): never => {
    throw new Error('erasure: being implemented by the lead (issue 14)');
  };
  return {
    /** What deleting the case would erase. */
    async previewCase(caseId: string): Promise<CaseErasurePreview> {
      void caseId;
      return pending();
    },
    /** Deletes the case and everything recorded with it. Refused (ErasureRefusedError) while a hold lasts or when it moved on since `baseRevision`. */
    async eraseCase(caseId: string, baseRevision: number, request: ErasureRequest): Promise<Erasure> {
      void caseId;
      void baseRevision;
      void request;
      return pending();
    },
    /** Deletes a contact (of a partner that left). */
    async eraseContact(contactId: string, baseRevision: number, request: ErasureRequest): Promise<Erasure> {
      void contactId;
      void baseRevision;
      void request;
      return pending();
    },
    /** Erases the minutes, decisions and title of a case-discussion agenda item (the item stays in its meeting, marked erased). */
    async eraseCaseDiscussion(agendaItemId: string, baseRevision: number, request: ErasureRequest): Promise<Erasure> {
      void agendaItemId;
      void baseRevision;
      void request;
      return pending();
    },
    /** Erases who worked on a deleted record from its audit entries (the auditActors rule); returns how many entries. */
    async eraseAuditActors(erasureId: string): Promise<number> {
      void erasureId;
      return pending();
    },
  };
}

/**
 * Deleting for good (data protection): a case with everything recorded with it, a former
 * partner's contact, or the case-discussion part of a meeting's minutes. One transaction each:
 * the rows go, the values in their audit entries are erased (the entries keep their
 * commitments, so the chain still verifies; domain/audit-format.ts), and an erasure record per
 * deleted record keeps what the system needs (its id, kind, when and why; a case's code). The
 * search index hears of the deleted rows after the commit (committed-changes.ts) and drops them.
 *
 * The record's words may survive where the app cannot reach: in IndexedDB's own files until
 * they are compacted (sealed under the data key, like every row), and in backups until the
 * rotation removes them (README, "Retention and deletion").
 */
import type { Erasure, ErasableTable, ErasureRequest } from '../../domain/erasure';
import { erasureRequestSchema } from '../../domain/erasure';
import type { AgendaItem, Meeting } from '../../domain/meeting';
import type { RecordMeta } from '../../domain/record';
import type { Referral } from '../../domain/referral';
import { caseRule } from '../../domain/retention';
import type { RetentionHold } from '../../domain/retention-hold';
import { localToday } from '../../domain/date-time';
import type { RoundtableDb } from '../db';
import { ErasureRefusedError, guarded, RecordNotFoundError, StaleRevisionError } from '../errors';
import { createRecordStores, writeTransaction, type RecordStores } from '../record-store';
import type { RecordTable } from '../tables';
import { auditEntriesAbout, countByRecord, eraseAuditActorsOf, eraseAuditValues } from './erasure-audit';

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

/** The title an erased case discussion keeps: no words, no language (the UI says "deleted"). */
export const ERASED_TITLE = '—';

const caseTables = [
  'referrals',
  'referralEvents',
  'disclosures',
  'coverageAcknowledgements',
  'agendaItems',
  'retentionHolds',
  'erasures',
] as const satisfies readonly RecordTable[];

export function createErasureRepository(db: RoundtableDb, clock: () => Date = () => new Date(), today: () => string = () => localToday(clock())) {
  const stores: RecordStores = createRecordStores(db, today);

  async function activeHold(recordId: string): Promise<RetentionHold | null> {
    const holds = await stores.retentionHolds.where('recordId', recordId);
    return holds.find((hold) => hold.until >= today()) ?? null;
  }

  /** Everything recorded with a case, removed ones included (their words are still stored). */
  async function caseParts(caseId: string) {
    const [timeline, disclosures, acknowledgements, holds] = [
      await stores.referralEvents.whereIncludingDeleted('referralId', caseId),
      await stores.disclosures.whereIncludingDeleted('referralId', caseId),
      await stores.coverageAcknowledgements.whereIncludingDeleted('referralId', caseId),
      await stores.retentionHolds.whereIncludingDeleted('recordId', caseId),
    ];
    const itemIds = [...new Set(timeline.flatMap((event) => (event.agendaItemId ? [event.agendaItemId] : [])))];
    const items = (await stores.agendaItems.getManyIncludingDeleted(itemIds)).filter((item) => item.caseDiscussion && !item.erasedAt);
    return { timeline, disclosures, acknowledgements, holds, items };
  }

  /** Removes a row for good (the search index hears of it after the commit). */
  function removeRow(table: ErasableTable, id: string): Promise<void> {
    return stores[table].purge(id);
  }

  /** The erasure record that stays of a deleted record. */
  function recordErasure(
    id: string,
    table: ErasableTable,
    parentId: string | null,
    request: ErasureRequest,
    auditEntriesErased: number,
    at: Date,
    ofCase?: Referral,
  ): Promise<Erasure> {
    return stores.erasures.insert(
      {
        id,
        table,
        parentId,
        caseCode: ofCase?.caseCode ?? null,
        caseYear: ofCase?.caseYear ?? null,
        caseNumber: ofCase?.caseNumber ?? null,
        reason: request.reason,
        note: request.note,
        auditEntriesErased,
        actorsErasedAt: null,
      },
      { action: 'erase', at },
    );
  }

  /**
   * Empties a case discussion's content in place (the item keeps its place in the agenda, even
   * in approved minutes: deletion is owed, not an amendment). Its audit entry says only that it
   * was erased; the entries before it lost their values already.
   */
  async function emptyItem(item: AgendaItem, at: Date): Promise<void> {
    const erasedAt = at.toISOString();
    await stores.agendaItems.update(
      item.id,
      item.revision,
      (current) => ({ ...current, title: ERASED_TITLE, presenter: '', minutes: '', decisions: [], erasedAt }),
      {
        action: 'erase',
        at,
        changes: [{ field: 'erasedAt', old: null, new: erasedAt }],
      },
    );
  }

  function checkedRequest(request: ErasureRequest): ErasureRequest {
    return erasureRequestSchema.parse(request);
  }

  return {
    /** What deleting the case would erase. */
    previewCase(caseId: string): Promise<CaseErasurePreview> {
      return guarded(async () => {
        const referral = await stores.referrals.getIncludingDeleted(caseId);
        if (!referral) throw new RecordNotFoundError('referral', caseId);
        const parts = await caseParts(caseId);
        const meetings = new Map(
          (await stores.meetings.getManyIncludingDeleted(parts.items.map((item) => item.meetingId))).map((meeting: Meeting) => [meeting.id, meeting]),
        );
        const ids = [
          caseId,
          ...parts.timeline.map((r) => r.id),
          ...parts.disclosures.map((r) => r.id),
          ...parts.acknowledgements.map((r) => r.id),
          ...parts.holds.map((r) => r.id),
          ...parts.items.map((r) => r.id),
        ];
        return {
          caseId,
          caseCode: referral.caseCode,
          revision: referral.revision,
          timelineEntries: parts.timeline.length,
          disclosures: parts.disclosures.length,
          acknowledgements: parts.acknowledgements.length,
          caseDiscussions: parts.items.map((item) => {
            const meeting = meetings.get(item.meetingId);
            return {
              agendaItemId: item.id,
              meetingId: item.meetingId,
              meetingTitle: meeting?.title ?? '',
              startsAt: meeting?.startsAt ?? '',
              timeZone: meeting?.timeZone ?? '',
              itemTitle: item.title,
            };
          }),
          auditEntries: (await auditEntriesAbout(db, ids)).length,
          activeHold: await activeHold(caseId),
        };
      });
    },

    /**
     * Deletes the case and everything recorded with it: its timeline, disclosures, sharing
     * acknowledgements and holds, and the content of the case discussions linked to it. Refused
     * while a hold lasts, when it moved on since `baseRevision`, and for its retention while open.
     */
    eraseCase(caseId: string, baseRevision: number, request: ErasureRequest): Promise<Erasure> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, caseTables, async () => {
          const checked = checkedRequest(request);
          const referral = await stores.referrals.getIncludingDeleted(caseId);
          if (!referral) throw new RecordNotFoundError('referral', caseId);
          if (referral.revision !== baseRevision) throw new StaleRevisionError('referral', caseId, baseRevision, referral.revision);
          if (await activeHold(caseId)) throw new ErasureRefusedError('held');
          if (checked.reason === 'retention' && !caseRule(referral.status)) throw new ErasureRefusedError('stillOpen');
          const parts = await caseParts(caseId);
          const removed: [ErasableTable, RecordMeta[]][] = [
            ['referralEvents', parts.timeline],
            ['disclosures', parts.disclosures],
            ['coverageAcknowledgements', parts.acknowledgements],
            ['retentionHolds', parts.holds],
          ];
          const ids = [caseId, ...removed.flatMap(([, rows]) => rows.map((row) => row.id)), ...parts.items.map((item) => item.id)];
          const entries = await auditEntriesAbout(db, ids);
          await eraseAuditValues(db, entries, at);
          const counts = countByRecord(entries);
          for (const [table, rows] of removed) {
            for (const row of rows) {
              await removeRow(table, row.id);
              await recordErasure(row.id, table, caseId, checked, counts.get(row.id) ?? 0, at);
            }
          }
          for (const item of parts.items) {
            await emptyItem(item, at);
            await recordErasure(item.id, 'agendaItems', caseId, checked, counts.get(item.id) ?? 0, at);
          }
          await removeRow('referrals', caseId);
          return recordErasure(caseId, 'referrals', null, checked, counts.get(caseId) ?? 0, at, referral);
        }),
      );
    },

    /** Deletes a contact of a partner that left the network. */
    eraseContact(contactId: string, baseRevision: number, request: ErasureRequest): Promise<Erasure> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['contacts', 'partners', 'retentionHolds', 'erasures'], async () => {
          const checked = checkedRequest(request);
          const contact = await stores.contacts.getIncludingDeleted(contactId);
          if (!contact) throw new RecordNotFoundError('contact', contactId);
          if (contact.revision !== baseRevision) throw new StaleRevisionError('contact', contactId, baseRevision, contact.revision);
          if (await activeHold(contactId)) throw new ErasureRefusedError('held');
          if (checked.reason === 'retention' && (await stores.partners.get(contact.partnerId))) throw new ErasureRefusedError('partnerActive');
          const holds = await stores.retentionHolds.whereIncludingDeleted('recordId', contactId);
          const entries = await auditEntriesAbout(db, [contactId, ...holds.map((hold) => hold.id)]);
          await eraseAuditValues(db, entries, at);
          const counts = countByRecord(entries);
          for (const hold of holds) {
            await removeRow('retentionHolds', hold.id);
            await recordErasure(hold.id, 'retentionHolds', contactId, checked, counts.get(hold.id) ?? 0, at);
          }
          await removeRow('contacts', contactId);
          return recordErasure(contactId, 'contacts', contact.partnerId, checked, counts.get(contactId) ?? 0, at);
        }),
      );
    },

    /** Erases the content of a case-discussion agenda item (it stays in its meeting, marked deleted). */
    eraseCaseDiscussion(agendaItemId: string, baseRevision: number, request: ErasureRequest): Promise<Erasure> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['agendaItems', 'referralEvents', 'referrals', 'retentionHolds', 'erasures'], async () => {
          const checked = checkedRequest(request);
          const item = await stores.agendaItems.getIncludingDeleted(agendaItemId);
          if (!item) throw new RecordNotFoundError('agendaItem', agendaItemId);
          if (item.revision !== baseRevision) throw new StaleRevisionError('agendaItem', agendaItemId, baseRevision, item.revision);
          if (!item.caseDiscussion) throw new ErasureRefusedError('notCaseDiscussion');
          if (await activeHold(agendaItemId)) throw new ErasureRefusedError('held');
          if (checked.reason === 'retention') {
            const panels = (await stores.referralEvents.where('kind', 'panel')).filter((event) => event.agendaItemId === agendaItemId);
            const cases = await stores.referrals.getMany([...new Set(panels.map((event) => event.referralId))]);
            if (cases.some((referral) => !caseRule(referral.status))) throw new ErasureRefusedError('casesOpen');
          }
          const holds = await stores.retentionHolds.whereIncludingDeleted('recordId', agendaItemId);
          const entries = await auditEntriesAbout(db, [agendaItemId, ...holds.map((hold) => hold.id)]);
          await eraseAuditValues(db, entries, at);
          const counts = countByRecord(entries);
          for (const hold of holds) {
            await removeRow('retentionHolds', hold.id);
            await recordErasure(hold.id, 'retentionHolds', agendaItemId, checked, counts.get(hold.id) ?? 0, at);
          }
          await emptyItem(item, at);
          return recordErasure(agendaItemId, 'agendaItems', item.meetingId, checked, counts.get(agendaItemId) ?? 0, at);
        }),
      );
    },

    /**
     * Erases who worked on a deleted record from its audit entries (the auditActors rule), and
     * for a case from those of everything deleted with it (its timeline, disclosures,
     * acknowledgements, holds, case discussions: their erasure records name it as parent).
     * Returns how many entries.
     */
    eraseAuditActors(erasureId: string): Promise<number> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['erasures'], async () => {
          const erasure = await stores.erasures.require(erasureId);
          if (erasure.actorsErasedAt) return 0;
          const parts = erasure.table === 'referrals' ? (await stores.erasures.where('parentId', erasureId)).filter((part) => !part.actorsErasedAt) : [];
          const records = [erasure, ...parts];
          const ids = new Set(records.map((record) => record.id));
          const entries = (await auditEntriesAbout(db, [...ids])).filter((entry) => ids.has(entry.entityId));
          await eraseAuditActorsOf(db, entries, at);
          for (const record of records) {
            await stores.erasures.update(record.id, record.revision, (current) => ({ ...current, actorsErasedAt: at.toISOString() }), { action: 'update', at });
          }
          return entries.length;
        }),
      );
    },

    /** Deletions done, newest first, a page at a time (through the createdAt index). */
    list(offset: number, limit: number): Promise<Erasure[]> {
      return guarded(() => stores.erasures.query((rows) => rows.orderBy('createdAt').reverse().offset(offset).limit(limit)));
    },
  };
}

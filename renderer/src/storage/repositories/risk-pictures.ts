/**
 * The risk picture's editions: written as a draft, agreed by the network (read-only from then
 * on, with the case figures of its period kept as they were), and continued by starting the
 * next edition from the agreed one. Every write goes through the record store, with its
 * audit entry in the same transaction; a save based on an old revision is refused.
 */
import { addDays, localToday } from '../../domain/date-time';
import {
  riskEditionInputSchema,
  type CaseFiguresSnapshot,
  type RiskEditionData,
  type RiskEditionInput,
  type RiskPictureEdition,
} from '../../domain/risk-picture';
import type { RiskPictureRefusal } from '../../domain/refusal';
import type { RoundtableDb } from '../db';
import { guarded, LocalUserMissingError, RiskPictureRefusedError } from '../errors';
import { createRecordStores, writeTransaction } from '../record-store';
import type { RecordTable } from '../tables';
import { settingOf } from './settings';

/** What the list of editions shows: no threat, source or summary text. */
export type RiskEditionSummary = Pick<
  RiskPictureEdition,
  'id' | 'title' | 'periodStart' | 'periodEnd' | 'status' | 'editionNumber' | 'previousEditionId' | 'agreement' | 'updatedAt' | 'revision'
> & { threatCount: number };

/** How the network agreed an edition: the date, and optionally the meeting and its decision. */
export interface AgreeRequest {
  agreedOn: string;
  meetingId: string | null;
  decisionId: string | null;
}

export interface RiskPictureDeps {
  /**
   * Counts the cases of a period (counts only, small groups suppressed), run inside the
   * agreeing transaction so the figures kept are those of the moment of agreement. The
   * tables it reads are listed so the transaction covers them.
   */
  caseFigures?: { tables: readonly RecordTable[]; count: (periodStart: string, periodEnd: string, at: Date) => Promise<CaseFiguresSnapshot> };
}

function refuse(reason: RiskPictureRefusal): never {
  throw new RiskPictureRefusedError(reason);
}

/**
 * The period after `start`–`end`, of the same length: a yearly picture's next year. A period
 * of whole months (a calendar year, a school year, 15 March to 14 March) moves on by as many
 * months, so a year stays a year across 29 February; any other period by as many days.
 */
export function nextPeriod(start: string, end: string): { periodStart: string; periodEnd: string } {
  const periodStart = addDays(end, 1);
  const months = wholeMonthsBetween(start, periodStart);
  if (months !== null) return { periodStart, periodEnd: addDays(addMonths(periodStart, months), -1) };
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
  return { periodStart, periodEnd: addDays(periodStart, days) };
}

/** How many months lie from `from` to `to` when both fall on the same day of the month (one that every month has), else null. */
function wholeMonthsBetween(from: string, to: string): number | null {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split('-').map(Number) as [number, number, number];
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  return fromDay === toDay && fromDay <= 28 && months > 0 ? months : null;
}

/** A date `months` later on the same day of the month (days 1–28 only, which every month has). */
function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1 + months, day));
  return date.toISOString().slice(0, 10);
}

export function createRiskPictureRepository(db: RoundtableDb, clock: () => Date = () => new Date(), deps: RiskPictureDeps = {}) {
  const stores = createRecordStores(db, () => localToday(clock()));
  const editions = stores.riskPictures;

  async function requireDraft(id: string): Promise<RiskPictureEdition> {
    const edition = await editions.require(id);
    if (edition.status !== 'draft') refuse('agreedReadOnly');
    return edition;
  }

  async function nextEditionNumber(): Promise<number> {
    const numbers = (await editions.list()).map((edition) => edition.editionNumber);
    return Math.max(0, ...numbers) + 1;
  }

  return {
    /** Every edition, newest period first. Editions are few (one a year): reading them all is reading what the list shows. */
    list(): Promise<RiskEditionSummary[]> {
      return guarded(async () =>
        (await editions.list())
          .map(({ id, title, periodStart, periodEnd, status, editionNumber, previousEditionId, agreement, updatedAt, revision, threats }) => ({
            id,
            title,
            periodStart,
            periodEnd,
            status,
            editionNumber,
            previousEditionId,
            agreement,
            updatedAt,
            revision,
            threatCount: threats.length,
          }))
          .sort((a, b) => b.periodStart.localeCompare(a.periodStart) || b.editionNumber - a.editionNumber),
      );
    },

    get(id: string): Promise<RiskPictureEdition | undefined> {
      return guarded(() => editions.get(id));
    },

    /** The edition started from `id`, if any (through the previousEditionId index). */
    successorOf(id: string): Promise<RiskPictureEdition | undefined> {
      return guarded(async () => (await editions.where('previousEditionId', id))[0]);
    },

    /** A new first edition (not continued from an earlier one). */
    async create(input: RiskEditionInput): Promise<RiskPictureEdition> {
      const data: RiskEditionData = riskEditionInputSchema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['riskPictures'], async () =>
          editions.insert(
            { ...data, status: 'draft', editionNumber: await nextEditionNumber(), previousEditionId: null, agreement: null, caseFigures: null },
            { action: 'create', at },
          ),
        ),
      );
    },

    /** Saves the draft's content; refused when agreed or when it changed since `baseRevision`. */
    async save(id: string, baseRevision: number, input: RiskEditionInput): Promise<RiskPictureEdition> {
      const data: RiskEditionData = riskEditionInputSchema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['riskPictures'], async () => {
          await requireDraft(id);
          return editions.update(id, baseRevision, (current) => ({ ...current, ...data }), { action: 'update', at });
        }),
      );
    },

    /**
     * Records that the network agreed the draft: from then on it is read-only. The meeting's
     * decision, when one is named, must be in that meeting's minutes.
     */
    async agree(id: string, baseRevision: number, request: AgreeRequest): Promise<RiskPictureEdition> {
      const at = clock();
      if (request.agreedOn > localToday(at)) refuse('agreedInFuture');
      const tables: RecordTable[] = ['riskPictures', 'meetings', 'agendaItems', ...(deps.caseFigures?.tables ?? [])];
      return guarded(() =>
        writeTransaction(db, [...new Set(tables)], async () => {
          const edition = await requireDraft(id);
          if (request.meetingId) await stores.meetings.require(request.meetingId);
          if (request.decisionId) {
            if (!request.meetingId) refuse('decisionNotInMeeting');
            const items = await stores.agendaItems.where('meetingId', request.meetingId);
            if (!items.some((item) => item.decisions.some((decision) => decision.id === request.decisionId))) refuse('decisionNotInMeeting');
          }
          const user = settingOf(db, 'localUser', await db.settings.get('localUser'));
          if (!user) throw new LocalUserMissingError();
          const caseFigures = deps.caseFigures ? await deps.caseFigures.count(edition.periodStart, edition.periodEnd, at) : null;
          return editions.update(
            id,
            baseRevision,
            (current) => ({
              ...current,
              status: 'agreed',
              agreement: {
                agreedOn: request.agreedOn,
                meetingId: request.meetingId,
                decisionId: request.decisionId,
                recordedBy: { name: user.name, organisation: user.organisation },
              },
              caseFigures,
            }),
            { action: 'status', at },
          );
        }),
      );
    },

    /**
     * Starts the next edition from an agreed one: a draft holding its content (threats keep
     * their ids, so the two can be compared), for the following period of the same length.
     */
    startNext(id: string): Promise<RiskPictureEdition> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['riskPictures'], async () => {
          const previous = await editions.require(id);
          if (previous.status !== 'agreed') refuse('notAgreed');
          if ((await editions.where('previousEditionId', id)).length > 0) refuse('alreadyContinued');
          const { title, summary, markings, threats, sources, vulnerabilities, protectiveFactors, gaps } = previous;
          return editions.insert(
            {
              title,
              ...nextPeriod(previous.periodStart, previous.periodEnd),
              summary,
              markings,
              threats,
              sources,
              vulnerabilities,
              protectiveFactors,
              gaps,
              status: 'draft',
              editionNumber: await nextEditionNumber(),
              previousEditionId: previous.id,
              agreement: null,
              caseFigures: null,
            },
            { action: 'create', at },
          );
        }),
      );
    },

    /** Removes a draft (a tombstone, audited); an agreed edition is kept. */
    removeDraft(id: string, baseRevision: number): Promise<RiskPictureEdition> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['riskPictures'], async () => {
          await requireDraft(id);
          return editions.archive(id, baseRevision, { action: 'archive', at });
        }),
      );
    },
  };
}

export type RiskPictureRepository = ReturnType<typeof createRiskPictureRepository>;

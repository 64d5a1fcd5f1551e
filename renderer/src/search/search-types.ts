/**
 * What the one search indexes and answers, as plain data (it crosses to the search worker by
 * structured clone). A document holds only what is searched and what a result shows: never a
 * case's personal text, only its case code.
 */

/** The kind of record a document was made from. */
export type SearchKind = 'partner' | 'contact' | 'meeting' | 'agendaItem' | 'action' | 'agreement' | 'referral';

/** The groups results are shown in: contacts with partners, agenda items with their meeting. */
export const resultGroups = ['partners', 'meetings', 'actions', 'agreements', 'cases'] as const;
export type ResultGroup = (typeof resultGroups)[number];

export interface SearchDocument {
  /** `${kind}:${recordId}`: unique across kinds. */
  id: string;
  kind: SearchKind;
  recordId: string;
  /** Searched with more weight: a name, a title, a case code. */
  title: string;
  /** Searched too: minutes, decisions, roles, notes, e-mail. Not shown. */
  text: string;
  /** The record it belongs to: a contact's partner, an item's or action's meeting. */
  parentId: string | null;
  /** An action's owner (a partner). */
  partnerId: string | null;
  /** A meeting's start (UTC instant), an action's due date. */
  when: string | null;
  /** The zone a meeting was planned in (its times are shown on that clock). */
  timeZone: string | null;
  /** A partner's status, an action's status: shown beside the result. */
  status: string | null;
}

/** One result, ready to show: a link and its lines. */
export interface SearchHit {
  /** Unique in one answer. */
  key: string;
  kind: SearchKind;
  /** Where the result leads (a route of the app). */
  href: string;
  title: string;
  /** A second line: a contact's organisation, the agenda item whose minutes matched, an action's owner. */
  context: string | null;
  when: string | null;
  timeZone: string | null;
  status: string | null;
}

export interface SearchResultGroup {
  group: ResultGroup;
  hits: SearchHit[];
  /** How many records of this group match (more than shown when `hits` was cut). */
  total: number;
}

/** The answer to one query: groups in order of their best result. */
export interface SearchAnswer {
  query: string;
  groups: SearchResultGroup[];
}

export type SearchRequest = { type: 'upsert'; documents: SearchDocument[] } | { type: 'remove'; ids: string[] } | { type: 'query'; seq: number; text: string };

export type SearchReply = { type: 'answer'; seq: number; answer: SearchAnswer } | { type: 'failed'; seq: number; message: string };

/**
 * The index of the one search (MiniSearch), in memory only: it holds decrypted text, so it
 * is never written anywhere and goes with the worker that holds it when the app locks.
 *
 * Matching: every word typed must match (AND), as a prefix (the word being typed) and with
 * typos forgiven in longer words (one letter from 4 letters on, two from 8); words with digits
 * (case codes, years) match only exactly or as a prefix. Names and titles weigh more than
 * minutes and notes.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { indexTerms, queryTerms } from './fold';
import type { ResultGroup, SearchAnswer, SearchDocument, SearchHit, SearchKind, SearchResultGroup } from './search-types';

/** Results shown per group; the group says how many more there are. */
export const HITS_PER_GROUP = 5;

const groupOfKind: Record<SearchKind, ResultGroup> = {
  partner: 'partners',
  contact: 'partners',
  meeting: 'meetings',
  agendaItem: 'meetings',
  action: 'actions',
  agreement: 'agreements',
  referral: 'cases',
};

const hasDigit = /\p{N}/u;

/** Typos forgiven in a typed word: none in short words and in codes, one from 4 letters, two from 8. */
function typosForgiven(term: string): number | false {
  if (hasDigit.test(term) || term.length < 4) return false;
  return term.length >= 8 ? 2 : 1;
}

const searchOptions: SearchOptions = {
  tokenize: queryTerms,
  processTerm: (term) => term,
  combineWith: 'AND',
  // A single letter as a prefix would match most of a city's records: it must be a word of its own.
  prefix: (term) => term.length >= 2,
  fuzzy: typosForgiven,
  boost: { title: 3 },
};

/** What the index keeps of a document to show its result (not its searched text). */
type Shown = Omit<SearchDocument, 'text'>;

const firstLine = (text: string) => text.split('\n', 1)[0]!;

export function createSearchIndex() {
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term,
    searchOptions,
  });
  const shown = new Map<string, Shown>();

  /** The result a matched document shows, or null when what it belongs to is gone (a removed meeting, an archived partner). */
  function hitOf(document: Shown): SearchHit | null {
    const { kind, recordId } = document;
    const parent = document.parentId === null ? undefined : shown.get(`${kind === 'contact' ? 'partner' : 'meeting'}:${document.parentId}`);
    const plain = { when: document.when, timeZone: document.timeZone, status: document.status };
    switch (kind) {
      case 'partner':
        return { key: `partner:${recordId}`, kind, href: `/partners/${recordId}`, title: firstLine(document.title), context: null, ...plain };
      case 'contact':
        if (!parent) return null;
        return { key: `contact:${recordId}`, kind, href: `/partners/${parent.recordId}`, title: document.title, context: firstLine(parent.title), ...plain };
      case 'meeting':
        return { key: `meeting:${recordId}`, kind, href: `/meetings/${recordId}`, title: document.title, context: null, ...plain };
      case 'agendaItem':
        // One result per meeting: the first (best) of its title and its items.
        if (!parent) return null;
        return {
          key: `meeting:${parent.recordId}`,
          kind,
          href: `/meetings/${parent.recordId}`,
          title: parent.title,
          context: document.title,
          when: parent.when,
          timeZone: parent.timeZone,
          status: null,
        };
      case 'action': {
        if (!parent) return null;
        const owner = document.partnerId === null ? undefined : shown.get(`partner:${document.partnerId}`);
        return {
          key: `action:${recordId}`,
          kind,
          href: `/meetings/${parent.recordId}`,
          title: document.title,
          context: owner ? firstLine(owner.title) : null,
          ...plain,
        };
      }
      case 'agreement':
        return { key: `agreement:${recordId}`, kind, href: `/agreements/${recordId}`, title: document.title, context: null, ...plain };
      case 'referral':
        return { key: `referral:${recordId}`, kind, href: `/referrals/${recordId}`, title: document.title, context: null, ...plain };
    }
  }

  return {
    /** Adds documents, or replaces those indexed before (the record changed). */
    upsert(documents: readonly SearchDocument[]): void {
      for (const document of documents) {
        if (shown.has(document.id)) index.replace(document);
        else index.add(document);
        const { text: _text, ...kept } = document;
        shown.set(document.id, kept);
      }
    },

    /** Drops documents (their records were removed or archived); unknown ids are ignored. */
    remove(ids: readonly string[]): void {
      for (const id of ids) {
        if (!shown.has(id)) continue;
        index.discard(id);
        shown.delete(id);
      }
    },

    get size(): number {
      return shown.size;
    },

    /** The results for what was typed, grouped, each group in order of relevance and the groups by their best result. */
    search(text: string, perGroup = HITS_PER_GROUP): SearchAnswer {
      if (queryTerms(text).length === 0) return { query: text, groups: [] };
      const groups = new Map<ResultGroup, SearchResultGroup & { seen: Set<string> }>();
      for (const result of index.search(text)) {
        const document = shown.get(result.id as string);
        const hit = document && hitOf(document);
        if (!hit) continue;
        const name = groupOfKind[hit.kind];
        let group = groups.get(name);
        if (!group) groups.set(name, (group = { group: name, hits: [], total: 0, seen: new Set() }));
        if (group.seen.has(hit.key)) continue;
        group.seen.add(hit.key);
        group.total += 1;
        if (group.hits.length < perGroup) group.hits.push(hit);
      }
      // Map order is the order groups were first met: by their best result.
      return { query: text, groups: [...groups.values()].map(({ group, hits, total }) => ({ group, hits, total })) };
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;

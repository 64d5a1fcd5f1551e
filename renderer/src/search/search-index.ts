/**
 * The index of the one search, in memory only: it holds decrypted text, so it is never
 * written anywhere and goes with the worker that holds it when the app locks.
 *
 * Terms are kept in MiniSearch's radix tree (SearchableMap), which finds a typed word's exact
 * match, the words it begins, and the words within one or two typos, quickly. Each term lists
 * the documents that contain it (flat postings, for titles and for the rest apart). MiniSearch's own
 * search scores every posting of every matched term and returns every match: at a large city
 * whose minutes share a few thousand words that took hundreds of milliseconds per keystroke
 * (`npm run bench:search`). Here a query walks the postings once in tight loops, keeps the few
 * best results per group and only counts the rest.
 *
 * Matching: every word typed must match (AND): exactly, as a prefix (in titles from two letters
 * on when it is the only word, in other text from four), or with typos forgiven in longer words
 * (one from 4 letters, two from 8);
 * words with digits (case codes, years) match only exactly or as a prefix. A word in a name or
 * title weighs more than one in minutes or notes; among equals the newer record comes first.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { indexTerms, queryTerms } from './fold';
import {
  resultGroups,
  type ResultGroup,
  type SearchAnswer,
  type SearchDocument,
  type SearchHit,
  type SearchKind,
  type SearchResultGroup,
} from './search-types';
import { hitOf, type Shown } from './search-hits';
import { offer, timeOf, typosForgiven, type Ranked } from './search-ranking';

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

const kinds: readonly SearchKind[] = ['partner', 'contact', 'meeting', 'agendaItem', 'action', 'agreement', 'referral'];
const AGENDA_ITEM = kinds.indexOf('agendaItem');
const MEETING = kinds.indexOf('meeting');

/** A partner or meeting: what other documents name as their parent. */
const isParentKind = (kind: SearchKind) => kind === 'partner' || kind === 'meeting';
const NO_PARENT = -1;
const PARENT_GONE = -2;

const TITLE_WEIGHT = 3;
const PREFIX_FROM = 2;
/** In minutes, notes and the like a word is looked for as a prefix from four letters on. */
const PREFIX_IN_TEXT_FROM = 4;

export function createSearchIndex() {
  /**
   * Postings per term (the slots of the documents that hold it), apart for titles and for the
   * rest: a word begun with two or three letters is looked for in titles only, since in minutes
   * it would begin thousands of words in most of a city's documents.
   */
  const titleTerms = new SearchableMap<number[]>();
  const textTerms = new SearchableMap<number[]>();
  /**
   * The same postings by exact term in a hash map: indexing looks up every word of every
   * document, and a walk down the radix tree per word was a good part of the build.
   */
  const postingsOf = new Map<SearchableMap<number[]>, Map<string, number[]>>([
    [titleTerms, new Map()],
    [textTerms, new Map()],
  ]);
  /** Documents by slot; a replaced or removed document leaves its slot empty (its postings are skipped, then compacted away). */
  const slots: (Shown | undefined)[] = [];
  const slotOf = new Map<string, number>();
  /**
   * What ranking reads of every candidate, beside `slots` in flat arrays: a common word matches
   * tens of thousands of documents, and reading each one's object costs more than the search.
   */
  let kindCodes = new Uint8Array(1024);
  /**
   * Each slot's parent slot (NO_PARENT, PARENT_GONE): ranking reads it per candidate, where a
   * lookup by the parent's key cost most of a common word's time. Re-resolved before a query
   * when a partner or meeting moved to another slot or went since.
   */
  let parentSlots = new Int32Array(1024);
  let parentsStale = false;
  const parentKeys: (string | null)[] = [];
  const whens: number[] = [];
  let emptySlots = 0;
  /** Scratch space of the query: one number per slot, zero between queries. */
  let best = new Float64Array(0);
  let total = new Float64Array(0);
  let counted = new Uint8Array(0);
  /** The candidates so far, while a query narrows them word by word. */
  let marked = new Uint8Array(0);
  let candidateBuffer = new Int32Array(0);
  let touchedBuffer = new Int32Array(0);

  function post(terms: SearchableMap<number[]>, byTerm: Map<string, number[]>, term: string, slot: number): void {
    const postings = byTerm.get(term);
    if (postings) postings.push(slot);
    else {
      const started = [slot];
      byTerm.set(term, started);
      terms.set(term, started);
    }
  }

  function add(document: SearchDocument): void {
    const slot = slots.length;
    const { text, ...kept } = document;
    const parentKey = document.parentId === null ? null : `${document.kind === 'contact' ? 'partner' : 'meeting'}:${document.parentId}`;
    const shown: Shown = { ...kept, parentKey };
    slots.push(shown);
    if (slot >= kindCodes.length) {
      const grown = new Uint8Array(kindCodes.length * 2);
      grown.set(kindCodes);
      kindCodes = grown;
      const grownParents = new Int32Array(parentSlots.length * 2);
      grownParents.set(parentSlots);
      parentSlots = grownParents;
    }
    kindCodes[slot] = kinds.indexOf(document.kind);
    parentSlots[slot] = resolveParent(parentKey);
    if (isParentKind(document.kind)) parentsStale = true;
    parentKeys.push(parentKey);
    whens.push(timeOf(document.when));
    slotOf.set(document.id, slot);
    const inTitle = new Set(indexTerms(document.title));
    const titlePostings = postingsOf.get(titleTerms)!;
    const textPostings = postingsOf.get(textTerms)!;
    for (const term of inTitle) post(titleTerms, titlePostings, term, slot);
    for (const term of new Set(indexTerms(text))) if (!inTitle.has(term)) post(textTerms, textPostings, term, slot);
  }

  function drop(id: string): void {
    const slot = slotOf.get(id);
    if (slot === undefined) return;
    if (isParentKind(slots[slot]!.kind)) parentsStale = true;
    slots[slot] = undefined;
    slotOf.delete(id);
    emptySlots += 1;
  }

  /** Removes postings of empty slots once they are a third of all: memory and query time stay proportional to what is live. */
  function compactWhenWorthIt(): void {
    if (emptySlots < 1000 || emptySlots * 3 < slots.length) return;
    const moved = new Map<number, number>();
    const kept: Shown[] = [];
    slots.forEach((shown, slot) => {
      if (!shown) return;
      moved.set(slot, kept.length);
      slotOf.set(shown.id, kept.length);
      kept.push(shown);
    });
    for (const terms of [titleTerms, textTerms]) {
      const emptied: string[] = [];
      terms.forEach((term, postings) => {
        let write = 0;
        for (const posting of postings) {
          const slot = moved.get(posting);
          if (slot !== undefined) postings[write++] = slot;
        }
        postings.length = write;
        if (write === 0) emptied.push(term);
      });
      for (const term of emptied) {
        terms.delete(term);
        postingsOf.get(terms)!.delete(term);
      }
    }
    slots.length = 0;
    parentKeys.length = 0;
    whens.length = 0;
    for (const shown of kept) {
      kindCodes[slots.length] = kinds.indexOf(shown.kind);
      slots.push(shown);
      parentKeys.push(shown.parentKey);
      whens.push(timeOf(shown.when));
    }
    emptySlots = 0;
    parentsStale = true;
  }

  function resolveParent(parentKey: string | null): number {
    return parentKey === null ? NO_PARENT : (slotOf.get(parentKey) ?? PARENT_GONE);
  }

  function resolveParentsWhenStale(): void {
    if (!parentsStale) return;
    for (let slot = 0; slot < slots.length; slot += 1) if (slots[slot]) parentSlots[slot] = resolveParent(parentKeys[slot]!);
    parentsStale = false;
  }

  /**
   * The terms a typed word matches, each with its weight (exact 1, a prefix less, a typo less
   * still) and its postings. `alone`: the only word typed, where a single letter is a word of
   * its own (as a prefix it would match most of a city); beside other words it is a prefix.
   */
  function expand(word: string, alone: boolean): { matches: Map<number[], number>; size: number } {
    const matches = new Map<number[], number>();
    let size = 0;
    const offer = (postings: number[], weight: number) => {
      const before = matches.get(postings);
      if (before === undefined) size += postings.length;
      if ((before ?? 0) < weight) matches.set(postings, weight);
    };
    const typos = typosForgiven(word);
    for (const [terms, factor] of [
      [titleTerms, TITLE_WEIGHT],
      [textTerms, 1],
    ] as const) {
      const exact = terms.get(word);
      if (exact) offer(exact, factor);
      const asPrefix = terms === titleTerms ? word.length >= PREFIX_FROM || !alone : word.length >= PREFIX_IN_TEXT_FROM;
      if (asPrefix) {
        // A longer word begun counts less, the closer to complete the more.
        for (const [term, postings] of terms.atPrefix(word)) offer(postings, factor * (0.5 + (0.4 * word.length) / term.length));
      }
      if (typos > 0) for (const [, [postings, distance]] of terms.fuzzyGet(word, typos)) offer(postings, factor * (distance === 0 ? 1 : 0.45 / distance));
    }
    return { matches, size };
  }

  /**
   * The slots matching every typed word, with their scores in `total`. The candidates live in
   * two reused buffers (a common word has tens of thousands; fresh arrays per keystroke were
   * garbage the worker had to collect while the coordinator types).
   */
  function match(words: string[]): Int32Array {
    if (best.length < slots.length) {
      best = new Float64Array(slots.length * 2);
      total = new Float64Array(slots.length * 2);
      marked = new Uint8Array(slots.length * 2);
      candidateBuffer = new Int32Array(slots.length * 2);
      touchedBuffer = new Int32Array(slots.length * 2);
    }
    // The word with the fewest postings first: the later ones only narrow its candidates.
    const expanded = words.map((word) => expand(word, words.length === 1)).sort((a, b) => a.size - b.size);
    let candidates = candidateBuffer;
    let candidateCount = -1; // -1: no word walked yet, every live slot is a candidate
    for (const { matches } of expanded) {
      const touched = touchedBuffer;
      let touchedCount = 0;
      for (const [postings, weight] of matches) {
        for (let at = 0; at < postings.length; at += 1) {
          const slot = postings[at]!;
          if (candidateCount >= 0 ? marked[slot] === 0 : slots[slot] === undefined) continue;
          if (best[slot] === 0) touched[touchedCount++] = slot;
          if (weight > best[slot]!) best[slot] = weight;
        }
      }
      // Candidates this word did not match drop out, their scores cleared (the others were all touched).
      for (let at = 0; at < candidateCount; at += 1) {
        const slot = candidates[at]!;
        marked[slot] = 0;
        if (best[slot] === 0) total[slot] = 0;
      }
      for (let at = 0; at < touchedCount; at += 1) {
        const slot = touched[at]!;
        total[slot] = total[slot]! + best[slot]!;
        best[slot] = 0;
      }
      touchedBuffer = candidates;
      candidates = candidateBuffer = touched;
      candidateCount = touchedCount;
      if (candidateCount === 0) break;
      for (let at = 0; at < candidateCount; at += 1) marked[candidates[at]!] = 1;
    }
    for (let at = 0; at < candidateCount; at += 1) marked[candidates[at]!] = 0;
    return candidates.subarray(0, Math.max(candidateCount, 0));
  }

  /** The result a matched document shows, or null when what it belongs to is gone (a removed meeting, an archived partner). */
  function hitFor(document: Shown): SearchHit | null {
    const parentAt = parentSlot(document);
    const ownerSlot = document.kind === 'action' && document.partnerId !== null ? slotOf.get(`partner:${document.partnerId}`) : undefined;
    return hitOf(document, parentAt < 0 ? undefined : slots[parentAt], ownerSlot === undefined ? undefined : slots[ownerSlot]);
  }

  /** The slot of a document's parent (its partner or meeting), or -1 when it has none or it is gone. */
  function parentSlot(document: Shown): number {
    return document.parentKey === null ? -1 : (slotOf.get(document.parentKey) ?? -1);
  }

  return {
    /** Adds documents, or replaces those indexed before (the record changed). */
    upsert(documents: readonly SearchDocument[]): void {
      for (const document of documents) {
        drop(document.id);
        add(document);
      }
      compactWhenWorthIt();
    },

    /** Drops documents (their records were removed or archived); unknown ids are ignored. */
    remove(ids: readonly string[]): void {
      for (const id of ids) drop(id);
      compactWhenWorthIt();
    },

    get size(): number {
      return slotOf.size;
    },

    /** The results for what was typed, grouped, each group in order of relevance and the groups by their best result. */
    search(text: string, perGroup = HITS_PER_GROUP): SearchAnswer {
      const words = [...new Set(queryTerms(text))];
      if (words.length === 0) return { query: text, groups: [] };
      const found = match(words);
      resolveParentsWhenStale();
      // Per candidate only lookups and comparisons: a common word matches tens of thousands.
      /** By kind first (an array is cheaper than a map here), merged into result groups below. */
      const groups: ({ top: Ranked[]; total: number } | undefined)[] = [];
      if (counted.length < slots.length) counted = new Uint8Array(slots.length * 2);
      /** Meetings already counted (an item stands for its meeting), to clear afterwards. */
      const meetingsCounted: number[] = [];
      for (const slot of found) {
        const score = total[slot]!;
        total[slot] = 0;
        const kind = kindCodes[slot]!;
        const parent = parentSlots[slot]!;
        let meeting = -1;
        if (parent === PARENT_GONE) continue;
        if (parent !== NO_PARENT) {
          if (kind === AGENDA_ITEM) meeting = parent;
        } else if (kind === MEETING) meeting = slot;
        let group = groups[kind];
        if (!group) group = groups[kind] = { top: [], total: 0 };
        if (meeting < 0) group.total += 1;
        else if (counted[meeting] === 0) {
          counted[meeting] = 1;
          meetingsCounted.push(meeting);
          group.total += 1;
        }
        const when = whens[meeting >= 0 ? meeting : slot]!;
        const top = group.top;
        // Most candidates do not reach the few shown: decided without allocating. This holds for an
        // agenda item too (it stands for its meeting): one no better than the last shown is no
        // better than its meeting's entry either, if that is shown, so `offer` would change nothing
        // (most of a common word's candidates are items: they took most of its time).
        if (top.length === perGroup) {
          const last = top[perGroup - 1]!;
          if (score < last.score || (score === last.score && when <= last.when)) continue;
        }
        offer(top, { slot, score, when, meeting }, perGroup);
      }
      for (const meeting of meetingsCounted) counted[meeting] = 0;
      const merged = new Map<ResultGroup, { top: Ranked[]; total: number }>();
      groups.forEach((group, kind) => {
        if (!group) return;
        const name = groupOfKind[kinds[kind]!];
        const into = merged.get(name);
        if (!into) return void merged.set(name, group);
        into.total += group.total;
        for (const ranked of group.top) offer(into.top, ranked, perGroup);
      });
      const answer: (SearchResultGroup & { best: Ranked })[] = [];
      for (const [name, group] of merged) {
        answer.push({ group: name, total: group.total, best: group.top[0]!, hits: group.top.map((ranked) => hitFor(slots[ranked.slot]!)!) });
      }
      // Groups by their best result's score; on a tie in the order of the navigation (partners before meetings before actions …).
      answer.sort((a, b) => b.best.score - a.best.score || resultGroups.indexOf(a.group) - resultGroups.indexOf(b.group));
      return { query: text, groups: answer.map(({ best: _best, ...group }) => group) };
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;

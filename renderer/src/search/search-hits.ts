/**
 * A search result as the dialog shows it, from what the index kept of a document and of its
 * parent: a contact shows its organisation, an agenda item stands for its meeting, an action
 * names its owner and opens its meeting.
 */
import type { SearchDocument, SearchHit } from './search-types';

/** What the index keeps of a document to show its result (not its searched text), and its parent's document id. */
export type Shown = Omit<SearchDocument, 'text'> & { parentKey: string | null };

export const firstLine = (text: string) => text.split('\n', 1)[0]!;

/** `parent`: its partner or meeting, if still there; `owner`: an action's owning partner, if still there. */
export function hitOf(document: Shown, parent: Shown | undefined, owner: Shown | undefined): SearchHit | null {
  const { kind, recordId } = document;
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

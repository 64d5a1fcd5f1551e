import { useMemo } from 'react';
import { actions as actionRepo, meetings as meetingRepo, partners as partnerRepo, useLive } from '../../storage';
import type { ActionItem, Meeting } from '../../domain/meeting';
import type { Contact, Partner } from '../../domain/partner';
import type { MeetingBundle } from '../../storage';

export interface MeetingContext extends MeetingBundle {
  partners: Partner[];
  contacts: Contact[];
  /** Only the actions "matters arising" lists, and the earlier meetings they came from. */
  arisingActions: ActionItem[];
  arisingMeetings: Meeting[];
}

/**
 * Everything the meeting page shows: `null` when the meeting does not exist, `undefined`
 * while loading. Three live queries, so a change re-reads only its part and the rest keeps
 * its identity (memoised cards and lookups stay valid): the meeting with its agenda and
 * actions; partners and contacts; and the actions "matters arising" refers to, read by id
 * instead of every action and meeting in the database.
 */
export function useMeetingContext(id: string): MeetingContext | null | undefined {
  const bundle = useLive(async () => (await meetingRepo.get(id)) ?? null, [id]);
  const people = useLive(async () => {
    const [partners, contacts] = await Promise.all([partnerRepo.list(), partnerRepo.listContacts()]);
    return { partners, contacts };
  });
  // A string key, so the query re-runs only when the referenced ids change; it waits for
  // the agenda, so its first answer is already the right one.
  const agendaLoaded = bundle !== undefined;
  const arisingKey = useMemo(() => (bundle ? bundle.items.flatMap((item) => item.arisingActionIds).join(' ') : ''), [bundle]);
  const arising = useLive(async () => {
    if (!agendaLoaded) return null;
    const actions = await actionRepo.getMany(arisingKey.split(' ').filter(Boolean));
    const meetings = await meetingRepo.getMany([...new Set(actions.map((action) => action.meetingId))]);
    return { actions, meetings };
  }, [arisingKey, agendaLoaded]);

  return useMemo(() => {
    if (bundle === null) return null;
    if (bundle === undefined || people === undefined || !arising) return undefined;
    return { ...bundle, ...people, arisingActions: arising.actions, arisingMeetings: arising.meetings };
  }, [bundle, people, arising]);
}

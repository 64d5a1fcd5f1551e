import { actions as actionRepo, meetings as meetingRepo, partners as partnerRepo, useLive } from '../../storage';
import type { ActionItem, Meeting } from '../../domain/meeting';
import type { Contact, Partner } from '../../domain/partner';
import type { MeetingBundle } from '../../storage';

export interface MeetingContext extends MeetingBundle {
  partners: Partner[];
  contacts: Contact[];
  /** All meetings and actions: matters arising refers to earlier meetings' actions. */
  allMeetings: Meeting[];
  allActions: ActionItem[];
}

/** Everything the meeting page shows, in one live query: `null` when the meeting does not exist. */
export function useMeetingContext(id: string): MeetingContext | null | undefined {
  return useLive(async () => {
    const [bundle, partners, contacts, allMeetings, allActions] = await Promise.all([
      meetingRepo.get(id),
      partnerRepo.list(),
      partnerRepo.listContacts(),
      meetingRepo.list(),
      actionRepo.listAll(),
    ]);
    return bundle ? { ...bundle, partners, contacts, allMeetings, allActions } : null;
  }, [id]);
}

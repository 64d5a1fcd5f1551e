import { ids } from './ids';
import { records as v6 } from './v6';

/** Version 8: each meeting keeps its invited partners' ids (the guest has none), each agreement its parties' ids. */
export const meetings = v6.meetings.map((meeting) => ({ ...meeting, invitedPartnerIds: [ids.cityCouncil, ids.police] }));
export const agreements = v6.agreements.map((agreement) => ({ ...agreement, partyIds: [ids.cityCouncil, ids.police] }));

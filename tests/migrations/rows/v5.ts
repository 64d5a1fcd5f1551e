import { meetings as meetingsV2 } from './v2';

/** Version 5: each meeting names the zone it was planned in (here a Berlin network's). */
export const meetings = meetingsV2.map((meeting) => ({ ...meeting, timeZone: 'Europe/Berlin' }));

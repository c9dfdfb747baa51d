import type { VolunteerStatus } from '../volunteer.entity.js';
export type VolunteerTransition = 'pause' | 'resume' | 'leave';
/** active ⇄ paused, and active or paused → left; anything else is a 409 naming both states. */
export declare function statusAfter(current: VolunteerStatus, transition: VolunteerTransition): VolunteerStatus;
//# sourceMappingURL=volunteer-transitions.d.ts.map
import { Region } from '../centres/region.entity.js';
import { Vacancy } from '../vacancies/vacancy.entity.js';
import { SupportNeedsRead } from '../volunteers/support-needs-read.entity.js';
import { Volunteer } from '../volunteers/volunteer.entity.js';
import { VolunteerConsent } from '../volunteers/volunteer-consent.entity.js';
import { VolunteerSupportNeeds } from '../volunteers/volunteer-support-needs.entity.js';
export declare const registrationsEntities: (typeof Region | typeof Volunteer | typeof Vacancy | typeof VolunteerSupportNeeds | typeof VolunteerConsent | typeof SupportNeedsRead)[];
//# sourceMappingURL=registrations-entities.d.ts.map
import { Centre } from '../centres/centre.entity.js';
import { Region } from '../centres/region.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Vacancy } from '../vacancies/vacancy.entity.js';
import { SupportNeedsRead } from '../volunteers/support-needs-read.entity.js';
import { Volunteer } from '../volunteers/volunteer.entity.js';
import { VolunteerConsent } from '../volunteers/volunteer-consent.entity.js';
import { VolunteerSupportNeeds } from '../volunteers/volunteer-support-needs.entity.js';
export const registrationsEntities = [
    Region,
    Centre,
    Volunteer,
    VolunteerConsent,
    VolunteerSupportNeeds,
    SupportNeedsRead,
    Organisation,
    Vacancy,
];
//# sourceMappingURL=registrations-entities.js.map
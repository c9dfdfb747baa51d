import { CreateMessagingTables1732700000000 } from '@vc/messaging';
import { CreateIdempotencyTable1732700000100 } from '@vc/service-kit';
import { CreateRegistrationsSchema1732700001000 } from './1732700001000-create-registrations-schema.migration.js';
import { AddVolunteerPauseAndListing1732700002000 } from './1732700002000-add-volunteer-pause-and-listing.migration.js';
import { AddVacancyListing1732700003000 } from './1732700003000-add-vacancy-listing.migration.js';
import { NormaliseVolunteerPostcodes1732700004000 } from './1732700004000-normalise-volunteer-postcodes.migration.js';
import { IndexPausedVolunteers1732700005000 } from './1732700005000-index-paused-volunteers.migration.js';
/** In order; the only way the schema changes (never `synchronize`). */
export const registrationsMigrations = [
    CreateMessagingTables1732700000000,
    CreateIdempotencyTable1732700000100,
    CreateRegistrationsSchema1732700001000,
    AddVolunteerPauseAndListing1732700002000,
    AddVacancyListing1732700003000,
    NormaliseVolunteerPostcodes1732700004000,
    IndexPausedVolunteers1732700005000,
];
//# sourceMappingURL=registrations-migrations.js.map
import { CreateMessagingTables1732700000000 } from '@vc/messaging';
import { CreateIdempotencyTable1732700000100 } from '@vc/service-kit';
import { CreateNotificationsSchema1732700301000 } from './1732700301000-create-notifications-schema.migration.js';
import { AddWebhooks1732700302000 } from './1732700302000-add-webhooks.migration.js';
import { AddOrganisationContacts1732700303000 } from './1732700303000-add-organisation-contacts.migration.js';
import { AddDigestsAndAnniversaries1732700304000 } from './1732700304000-add-digests-and-anniversaries.migration.js';
import { AddStaffInbox1732700305000 } from './1732700305000-add-staff-inbox.migration.js';
import { AddBusinessContacts1732700310000 } from './1732700310000-add-business-contacts.migration.js';
import { AddSchoolMessages1732700311000 } from './1732700311000-add-school-messages.migration.js';

/** In order; the only way the schema changes (never `synchronize`). */
export const notificationsMigrations = [CreateMessagingTables1732700000000, CreateIdempotencyTable1732700000100, CreateNotificationsSchema1732700301000, AddWebhooks1732700302000, AddOrganisationContacts1732700303000, AddDigestsAndAnniversaries1732700304000, AddStaffInbox1732700305000, AddBusinessContacts1732700310000, AddSchoolMessages1732700311000];

import { createServiceDataSource, prepareServiceDatabase } from '@vc/service-kit';
import { registrationsEntities } from './registrations-entities.js';
import { registrationsMigrations } from './registrations-migrations.js';
/** Creates the database if missing, migrates it as the owner and ensures the application role. */
export async function prepareDatabase(url, appRole) {
    await prepareServiceDatabase({ url, appRole, migrations: registrationsMigrations });
}
/** The DataSource the service works with: same server, queries run as the application role. */
export function createAppDataSource(url, appRole, poolSize = 10) {
    return createServiceDataSource({ url, appRole, entities: registrationsEntities, poolSize });
}
//# sourceMappingURL=prepare-database.js.map
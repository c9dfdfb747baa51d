import type { DataSource } from 'typeorm';
/** Creates the database if missing, migrates it as the owner and ensures the application role. */
export declare function prepareDatabase(url: string, appRole: string): Promise<void>;
/** The DataSource the service works with: same server, queries run as the application role. */
export declare function createAppDataSource(url: string, appRole: string, poolSize?: number): DataSource;
//# sourceMappingURL=prepare-database.d.ts.map
import { DataSource } from 'typeorm';
import { Region } from '../region.entity.js';
export declare class ListRegionsHttpController {
    private readonly dataSource;
    constructor(dataSource: DataSource);
    /** Regions are reference data every signed-in user may read. */
    listRegions(): Promise<Region[]>;
}
//# sourceMappingURL=list-regions.http.controller.d.ts.map
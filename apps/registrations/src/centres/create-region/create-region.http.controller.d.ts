import { DataSource } from 'typeorm';
import { Region } from '../region.entity.js';
import { CreateRegionRequest } from './create-region.request.dto.js';
export declare class CreateRegionHttpController {
    private readonly dataSource;
    constructor(dataSource: DataSource);
    createRegion(request: CreateRegionRequest): Promise<Region>;
}
//# sourceMappingURL=create-region.http.controller.d.ts.map
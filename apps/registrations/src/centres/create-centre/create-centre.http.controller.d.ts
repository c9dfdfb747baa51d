import type { Centre } from '../centre.entity.js';
import { CreateCentreHandler } from './create-centre.handler.js';
import { CreateCentreRequest } from './create-centre.request.dto.js';
export declare class CreateCentreHttpController {
    private readonly handler;
    constructor(handler: CreateCentreHandler);
    createCentre(request: CreateCentreRequest): Promise<Centre>;
}
//# sourceMappingURL=create-centre.http.controller.d.ts.map
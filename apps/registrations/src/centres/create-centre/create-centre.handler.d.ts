import { DataSource } from 'typeorm';
import { RegistrationsEventPublisher } from '../../events/registrations-event-publisher.js';
import { Centre } from '../centre.entity.js';
import type { CreateCentreRequest } from './create-centre.request.dto.js';
export declare class CreateCentreHandler {
    private readonly dataSource;
    private readonly publisher;
    constructor(dataSource: DataSource, publisher: RegistrationsEventPublisher);
    createCentre(request: CreateCentreRequest): Promise<Centre>;
}
//# sourceMappingURL=create-centre.handler.d.ts.map
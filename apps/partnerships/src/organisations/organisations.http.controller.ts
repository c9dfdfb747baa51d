import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { readScopeOf } from '../shared/access.js';

export interface OrganisationView {
  id: string;
  centreId: string;
  name: string;
  sector: string;
  postcodeArea: string;
  status: string;
}

/**
 * The volunteer organisations partnerships knows (from registrations' events), for choosing the
 * other party of a deal or a need. Non-personal: registrations shares no coordinators.
 */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('v1/organisations')
export class OrganisationsHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('business-contact', 'organisation-coordinator', 'centre-admin', 'consultant', 'consortium-admin')
  async list(@CurrentPrincipal() principal: Principal): Promise<OrganisationView[]> {
    const rows = (await runInTenant(this.dataSource, readScopeOf(principal), (m) =>
      m.query(`SELECT id, centre_id, name, sector, postcode_area, status FROM organisation ORDER BY name, id LIMIT 1000`),
    )) as Array<{ id: string; centre_id: string; name: string; sector: string; postcode_area: string; status: string }>;
    return rows.map((r) => ({ id: r.id, centreId: r.centre_id, name: r.name, sector: r.sector, postcodeArea: r.postcode_area, status: r.status }));
  }
}

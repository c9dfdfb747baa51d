import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { staffCentreOf } from '../volunteer-access.js';
import { Volunteer } from '../volunteer.entity.js';
import { volunteerViewOf, type VolunteerView } from '../volunteer.view.js';
import { decodeIdCursor, encodeIdCursor } from '../../shared/paging.js';
import { ListVolunteersRequest } from './list-volunteers.request.dto.js';

const DEFAULT_LIMIT = 20;

export interface VolunteerPage {
  items: VolunteerView[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('v1/volunteers')
export class ListVolunteersHttpController {
  constructor(private readonly dataSource: DataSource) {}

  /** The centre's volunteers in registration order; erased people are gone from the list. */
  @Get()
  @Roles('consultant', 'centre-admin')
  @Header('Cache-Control', 'no-store')
  async listVolunteers(@Query() query: ListVolunteersRequest, @CurrentPrincipal() principal: Principal): Promise<VolunteerPage> {
    const centreId = staffCentreOf(principal);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.cursor === undefined ? undefined : decodeIdCursor(query.cursor, 'after');
    const rows = await runInTenant(this.dataSource, { centreId }, (manager) => {
      const select = manager
        .createQueryBuilder(Volunteer, 'volunteer')
        .where('volunteer.centre_id = :centreId', { centreId })
        .andWhere(query.status ? 'volunteer.status = :status' : "volunteer.status <> 'erased'", { status: query.status })
        .orderBy('volunteer.id', 'ASC')
        .limit(limit + 1);
      if (after) select.andWhere('volunteer.id > :after', { after });
      return select.getMany();
    });
    const page = rows.slice(0, limit);
    return {
      items: page.map(volunteerViewOf),
      nextCursor: rows.length > limit ? encodeIdCursor(page.at(-1)!.id, 'after') : null,
    };
  }
}

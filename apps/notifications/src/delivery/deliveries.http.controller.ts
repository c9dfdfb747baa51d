import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IsOmittable, type Principal, Roles, runInTenant } from '@vc/service-kit';
import { IsIn, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { tenantScopeOf } from '../tenancy/tenant-scope.js';

export class ListDeliveriesQuery {
  @IsOmittable()
  @IsIn(['pending', 'sent', 'failed', 'skipped', 'cancelled'])
  status?: string;

  @IsOmittable()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, { message: '$property must be an entity id' })
  volunteerId?: string;
}

export interface DeliveryView {
  id: string;
  volunteerId: string | null;
  channel: string;
  template: string;
  category: string;
  status: string;
  attempts: number;
  recipient: string | null;
  subject: string | null;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** The delivery log of the caller's centre: what went out, what is waiting, what failed and why. */
@ApiTags('deliveries')
@ApiBearerAuth()
@Controller('v1/deliveries')
export class DeliveriesHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('centre-admin', 'consultant', 'consortium-admin')
  @Header('Cache-Control', 'no-store')
  async list(@Query() query: ListDeliveriesQuery, @CurrentPrincipal() principal: Principal): Promise<DeliveryView[]> {
    return runInTenant(this.dataSource, tenantScopeOf(principal), (manager) =>
      manager.query(
        `SELECT id, volunteer_id AS "volunteerId", channel, template, category, status, attempts, recipient, subject,
                last_error AS "lastError", created_at AS "createdAt", finished_at AS "finishedAt"
           FROM delivery
          WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR volunteer_id = $2)
          ORDER BY created_at DESC, id DESC LIMIT 500`,
        [query.status ?? null, query.volunteerId ?? null],
      ),
    );
  }
}

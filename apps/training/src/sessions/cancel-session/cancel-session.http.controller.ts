import { Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { STAFF } from '../../shared/roles.js';
import { centreOf } from '../../tenancy/tenant-scope.js';
import type { SessionView } from '../session.view.js';
import { CancelSessionHandler } from './cancel-session.handler.js';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('v1/sessions')
export class CancelSessionHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CancelSessionHandler) private readonly handler: CancelSessionHandler,
  ) {}

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...STAFF)
  async cancelSession(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<SessionView> {
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, (manager) => this.handler.cancelSession(manager, centreId, id));
  }
}

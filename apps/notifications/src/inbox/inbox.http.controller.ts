import { Controller, Get, Header, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ForbiddenProblem, IsOmittable, NotFoundProblem, type Principal, Roles, runInTenant } from '@vc/service-kit';
import { IsIn } from 'class-validator';
import { DataSource } from 'typeorm';
import { centreOf } from '../tenancy/tenant-scope.js';

export class ListMessagesQuery {
  /** `true`: unread messages only. */
  @IsOmittable()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

export interface InboxMessageView {
  id: string;
  category: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export function volunteerOf(principal: Principal): string {
  if (!principal.volunteerId) throw new ForbiddenProblem('This token does not belong to a volunteer');
  return principal.volunteerId;
}

/** The in-app inbox: a volunteer reads their own messages, nobody else's (staff included). */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('v1/me/messages')
export class InboxHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('volunteer')
  @Header('Cache-Control', 'no-store')
  async list(@Query() query: ListMessagesQuery, @CurrentPrincipal() principal: Principal): Promise<InboxMessageView[]> {
    const volunteerId = volunteerOf(principal);
    return runInTenant(this.dataSource, { centreId: centreOf(principal) }, (manager) =>
      manager.query(
        `SELECT id, category, title, body, created_at AS "createdAt", read_at AS "readAt" FROM in_app_message
          WHERE volunteer_id = $1 AND ($2::boolean IS NOT TRUE OR read_at IS NULL)
          ORDER BY created_at DESC, id DESC LIMIT 200`,
        [volunteerId, query.unread === 'true'],
      ),
    );
  }

  @Get('unread-count')
  @Roles('volunteer')
  @Header('Cache-Control', 'no-store')
  async unreadCount(@CurrentPrincipal() principal: Principal): Promise<{ unread: number }> {
    const volunteerId = volunteerOf(principal);
    const [row] = await runInTenant(this.dataSource, { centreId: centreOf(principal) }, (manager) =>
      manager.query(`SELECT count(*)::int AS unread FROM in_app_message WHERE volunteer_id = $1 AND read_at IS NULL`, [volunteerId]),
    );
    return { unread: (row as { unread: number }).unread };
  }

  /** Idempotent: reading a read message again keeps its first read time. */
  @Post(':id/read')
  @HttpCode(204)
  @Roles('volunteer')
  async markRead(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    const volunteerId = volunteerOf(principal);
    const rows: unknown[] = await runInTenant(this.dataSource, { centreId: centreOf(principal) }, (manager) =>
      manager.query(`UPDATE in_app_message SET read_at = coalesce(read_at, now()) WHERE id = $1 AND volunteer_id = $2 RETURNING id`, [id, volunteerId]),
    );
    const updated = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows;
    if (updated.length === 0) throw new NotFoundProblem('Message', id);
  }
}

import { Controller, Get, Header, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ForbiddenProblem, IsOmittable, NotFoundProblem, type Principal, type Role, Roles, runInTenant, ValidationProblem } from '@vc/service-kit';
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

/** Staff roles with an inbox of their own (ADR 44): messages addressed to their token subject. */
const STAFF_READERS = ['consultant', 'centre-admin', 'trainer'] as const satisfies readonly Role[];

/**
 * Whose messages a caller reads: a volunteer those addressed to their volunteer id, a staff member
 * those addressed to their subject; the query matches either, never anyone else's.
 */
export function readerOf(principal: Principal): { volunteerId: string | null; staffSubject: string | null } {
  const staffSubject = principal.roles.some((role) => (STAFF_READERS as readonly Role[]).includes(role)) ? principal.subject : null;
  if (principal.roles.includes('volunteer') && principal.volunteerId) return { volunteerId: principal.volunteerId, staffSubject };
  if (staffSubject) return { volunteerId: null, staffSubject };
  return { volunteerId: volunteerOf(principal), staffSubject: null };
}

const OWN = `(volunteer_id = $1 OR staff_subject = $2)`;

/** A malformed message id is a field error like any other, not a bare 400. */
const MESSAGE_ID = new ParseUUIDPipe({ exceptionFactory: () => new ValidationProblem([{ field: 'id', messages: ['id must be a UUID'] }]) });

/**
 * The in-app inbox: a volunteer, or a staff member (consultant, centre admin, trainer), reads their
 * own messages within the centre of their token, nobody else's.
 */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('v1/me/messages')
export class InboxHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('volunteer', ...STAFF_READERS)
  @Header('Cache-Control', 'no-store')
  async list(@Query() query: ListMessagesQuery, @CurrentPrincipal() principal: Principal): Promise<InboxMessageView[]> {
    const { volunteerId, staffSubject } = readerOf(principal);
    return runInTenant(this.dataSource, { centreId: centreOf(principal) }, (manager) =>
      manager.query(
        `SELECT id, category, title, body, created_at AS "createdAt", read_at AS "readAt" FROM in_app_message
          WHERE ${OWN} AND ($3::boolean IS NOT TRUE OR read_at IS NULL)
          ORDER BY created_at DESC, id DESC LIMIT 200`,
        [volunteerId, staffSubject, query.unread === 'true'],
      ),
    );
  }

  @Get('unread-count')
  @Roles('volunteer', ...STAFF_READERS)
  @Header('Cache-Control', 'no-store')
  async unreadCount(@CurrentPrincipal() principal: Principal): Promise<{ unread: number }> {
    const { volunteerId, staffSubject } = readerOf(principal);
    const [row] = await runInTenant(this.dataSource, { centreId: centreOf(principal) }, (manager) =>
      manager.query(`SELECT count(*)::int AS unread FROM in_app_message WHERE ${OWN} AND read_at IS NULL`, [volunteerId, staffSubject]),
    );
    return { unread: (row as { unread: number }).unread };
  }

  /** Idempotent: reading a read message again keeps its first read time. */
  @Post(':id/read')
  @HttpCode(204)
  @Roles('volunteer', ...STAFF_READERS)
  async markRead(@Param('id', MESSAGE_ID) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    const { volunteerId, staffSubject } = readerOf(principal);
    const rows: unknown[] = await runInTenant(this.dataSource, { centreId: centreOf(principal) }, (manager) =>
      manager.query(`UPDATE in_app_message SET read_at = coalesce(read_at, now()) WHERE id = $3 AND ${OWN} RETURNING id`, [volunteerId, staffSubject, id]),
    );
    const updated = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows;
    if (updated.length === 0) throw new NotFoundProblem('Message', id);
  }
}

import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, ValidationProblem, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { STAFF } from '../../shared/roles.js';
import { tenantScopeOf } from '../../tenancy/tenant-scope.js';
import { ParticipationQuery } from './participation.request.dto.js';

interface Counts {
  sessions: number;
  enrolled: number;
  attended: number;
  waitlisted: number;
  cancelled: number;
}

export interface ParticipationFigures {
  from: string;
  to: string;
  perCourse: Array<Counts & { courseId: string; title: string }>;
  perAudience: Array<Counts & { audience: string }>;
  perMonth: Array<Counts & { month: string }>;
}

/**
 * Counts only, for the municipality's report: people are counted, never named, and erased people
 * still count. By the offering centre (the consortium admin sees every centre), by session start.
 */
@ApiTags('participation')
@ApiBearerAuth()
@Controller('v1/participation')
export class ParticipationHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('municipality-viewer', 'consortium-admin', ...STAFF)
  @Header('Cache-Control', 'no-store')
  async participation(@Query() query: ParticipationQuery, @CurrentPrincipal() principal: Principal): Promise<ParticipationFigures> {
    if (query.to < query.from) throw new ValidationProblem([{ field: 'to', messages: ['to must not be before from'] }]);
    const scope = tenantScopeOf(principal);
    const centreId = 'centreId' in scope ? scope.centreId : null;
    return runInTenant(this.dataSource, scope, async (manager) => {
      // Shared courses of other centres are readable, so the offering centre is named explicitly.
      const base = `WITH rows AS (
          SELECT c.id AS course_id, c.title, c.audiences, s.id AS session_id,
                 to_char(s.starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month, e.status, e.attended_at
            FROM course c
            JOIN session s ON s.course_id = c.id
            LEFT JOIN enrolment e ON e.session_id = s.id
           WHERE ($1::uuid IS NULL OR c.centre_id = $1)
             AND s.starts_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
             AND s.starts_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'))`;
      const counts = `count(DISTINCT session_id)::int AS sessions,
          count(*) FILTER (WHERE status = 'enrolled')::int AS enrolled,
          count(attended_at)::int AS attended,
          count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
          count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled`;
      const parameters = [centreId, query.from, query.to];
      const [perCourse, perAudience, perMonth] = [
        await manager.query(`${base} SELECT course_id AS "courseId", title, ${counts} FROM rows GROUP BY course_id, title ORDER BY title, course_id`, parameters),
        await manager.query(`${base} SELECT audience, ${counts} FROM rows, unnest(audiences) AS audience GROUP BY audience ORDER BY audience`, parameters),
        await manager.query(`${base} SELECT month, ${counts} FROM rows GROUP BY month ORDER BY month`, parameters),
      ];
      return { from: query.from, to: query.to, perCourse, perAudience, perMonth };
    });
  }
}

import { Controller, Get, Header, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ForbiddenProblem, NotFoundProblem, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { has, STAFF } from '../../shared/roles.js';
import { centreOf } from '../../tenancy/tenant-scope.js';
import { ENROLMENT_SELECT, type EnrolmentView } from '../enrolment.view.js';

@ApiTags('enrolments')
@ApiBearerAuth()
@Controller('v1')
export class ListEnrolmentsHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * A session's enrolments and waiting list in order. Staff see everyone of the session's and
   * their own centre's people; a coordinator only whom their organisation enrolled.
   */
  @Get('sessions/:id/enrolments')
  @Roles('organisation-coordinator', ...STAFF)
  @Header('Cache-Control', 'no-store')
  async listForSession(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<EnrolmentView[]> {
    const centreId = centreOf(principal);
    const coordinatorOnly = has(principal, 'organisation-coordinator') && !STAFF.some((role) => has(principal, role));
    return runInTenant(this.dataSource, { centreId }, async (manager) => {
      const [session] = await manager.query(`SELECT 1 FROM session WHERE id = $1`, [id]);
      if (!session) throw new NotFoundProblem('Session', id);
      return manager.query(
        `${ENROLMENT_SELECT}
          WHERE e.session_id = $1 AND ($2::text IS NULL OR e.organisation_id = $2)
          ORDER BY CASE e.status WHEN 'enrolled' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, e.waitlisted_at, e.id`,
        [id, coordinatorOnly ? (principal.organisationId ?? '-') : null],
      );
    });
  }

  /** The calling volunteer's own enrolments, every centre's. */
  @Get('me/enrolments')
  @Roles('volunteer')
  @Header('Cache-Control', 'no-store')
  async listMine(@CurrentPrincipal() principal: Principal): Promise<EnrolmentView[]> {
    if (!principal.volunteerId) throw new ForbiddenProblem('This token does not belong to a volunteer');
    return runInTenant(this.dataSource, { centreId: centreOf(principal) }, (manager) =>
      manager.query(`${ENROLMENT_SELECT} WHERE e.volunteer_id = $1 ORDER BY e.id DESC LIMIT 500`, [principal.volunteerId]),
    );
  }
}

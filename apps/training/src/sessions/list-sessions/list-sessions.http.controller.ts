import { Controller, Get, Header, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFoundProblem, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { COURSE_READERS } from '../../courses/list-courses/list-courses.http.controller.js';
import { tenantScopeOf } from '../../tenancy/tenant-scope.js';
import { SESSION_SELECT, type SessionView } from '../session.view.js';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('v1')
export class ListSessionsHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** A course's sessions in date order, with places left (counts only, never who). */
  @Get('courses/:courseId/sessions')
  @Roles(...COURSE_READERS)
  @Header('Cache-Control', 'no-store')
  async listSessions(@Param('courseId', new ParseUUIDPipe()) courseId: string, @CurrentPrincipal() principal: Principal): Promise<SessionView[]> {
    return runInTenant(this.dataSource, tenantScopeOf(principal), async (manager) => {
      const [course] = await manager.query(`SELECT 1 FROM course WHERE id = $1`, [courseId]);
      if (!course) throw new NotFoundProblem('Course', courseId);
      return manager.query(`${SESSION_SELECT} WHERE s.course_id = $1 ORDER BY s.starts_at, s.id`, [courseId]);
    });
  }

  @Get('sessions/:id')
  @Roles(...COURSE_READERS)
  @Header('Cache-Control', 'no-store')
  async getSession(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<SessionView> {
    const [session] = await runInTenant(this.dataSource, tenantScopeOf(principal), (manager) =>
      manager.query(`${SESSION_SELECT} WHERE s.id = $1`, [id]),
    );
    if (!session) throw new NotFoundProblem('Session', id);
    return session;
  }
}

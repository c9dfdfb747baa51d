import { Controller, Get, Header, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFoundProblem, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { tenantScopeOf } from '../../tenancy/tenant-scope.js';
import { COURSE_COLUMNS, type CourseView } from '../course.view.js';
import { COURSE_READERS } from '../list-courses/list-courses.http.controller.js';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('v1/courses')
export class GetCourseHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Another centre's course that is not open to the consortium answers 404, like an unknown id. */
  @Get(':id')
  @Roles(...COURSE_READERS)
  @Header('Cache-Control', 'no-store')
  async getCourse(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CourseView> {
    const [course] = await runInTenant(this.dataSource, tenantScopeOf(principal), (manager) =>
      manager.query(`SELECT ${COURSE_COLUMNS} FROM course c WHERE c.id = $1`, [id]),
    );
    if (!course) throw new NotFoundProblem('Course', id);
    return course;
  }
}

import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { STAFF } from '../../shared/roles.js';
import { tenantScopeOf } from '../../tenancy/tenant-scope.js';
import { COURSE_COLUMNS, type CourseView } from '../course.view.js';
import { ListCoursesQuery } from './list-courses.request.dto.js';

/** Everyone who may read the catalogue: staff, volunteers, coordinators, the consortium admin. */
export const COURSE_READERS = [...STAFF, 'volunteer', 'organisation-coordinator', 'consortium-admin'] as const;

@ApiTags('courses')
@ApiBearerAuth()
@Controller('v1/courses')
export class ListCoursesHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The centre's own courses and those other centres open to the consortium, newest first (at most 200). */
  @Get()
  @Roles(...COURSE_READERS)
  @Header('Cache-Control', 'no-store')
  async listCourses(@Query() query: ListCoursesQuery, @CurrentPrincipal() principal: Principal): Promise<CourseView[]> {
    return runInTenant(this.dataSource, tenantScopeOf(principal), (manager) =>
      // Row-level security admits exactly the own centre's and the shared courses.
      manager.query(
        `SELECT ${COURSE_COLUMNS} FROM course c
          WHERE ($1::text IS NULL OR $1 = ANY (c.audiences))
            AND ($2::text IS NULL OR $2 = ANY (c.topics))
            AND ($3::text IS NULL OR $3 = ANY (c.skills))
          ORDER BY c.id DESC LIMIT 200`,
        [query.audience ?? null, query.topic ?? null, query.skill ?? null],
      ),
    );
  }
}

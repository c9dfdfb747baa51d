import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { STAFF } from '../../shared/roles.js';
import { centreOf } from '../../tenancy/tenant-scope.js';
import type { CourseView } from '../course.view.js';
import { PublishCourseHandler } from './publish-course.handler.js';
import { PublishCourseRequest } from './publish-course.request.dto.js';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('v1/courses')
export class PublishCourseHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PublishCourseHandler) private readonly handler: PublishCourseHandler,
  ) {}

  /** Centre staff or a trainer publish a course of their centre. */
  @Post()
  @HttpCode(201)
  @Roles(...STAFF)
  async publishCourse(@Body() request: PublishCourseRequest, @CurrentPrincipal() principal: Principal): Promise<CourseView> {
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, (manager) => this.handler.publishCourse(manager, centreId, request));
  }
}

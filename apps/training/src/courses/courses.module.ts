import { Module } from '@nestjs/common';
import { GetCourseHttpController } from './get-course/get-course.http.controller.js';
import { ListCoursesHttpController } from './list-courses/list-courses.http.controller.js';
import { PublishCourseHandler } from './publish-course/publish-course.handler.js';
import { PublishCourseHttpController } from './publish-course/publish-course.http.controller.js';

@Module({
  controllers: [PublishCourseHttpController, ListCoursesHttpController, GetCourseHttpController],
  providers: [PublishCourseHandler],
})
export class CoursesModule {}

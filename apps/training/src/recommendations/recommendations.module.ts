import { Module } from '@nestjs/common';
import { RecommendCoursesHttpController } from './recommend-courses.http.controller.js';

@Module({ controllers: [RecommendCoursesHttpController] })
export class RecommendationsModule {}

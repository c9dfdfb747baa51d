import { ApiPropertyOptional } from '@nestjs/swagger';
import { CourseAudience, TAXONOMY_CODE } from '@vc/contracts';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { IsOmittable } from '@vc/service-kit';

export class ListCoursesQuery {
  @ApiPropertyOptional({ enum: Object.values(CourseAudience) })
  @IsOmittable()
  @IsIn(Object.values(CourseAudience))
  audience?: CourseAudience;

  @ApiPropertyOptional({ example: 'first-aid' })
  @IsOmittable()
  @IsString()
  @MaxLength(64)
  @Matches(TAXONOMY_CODE, { message: '$property must be a code such as first-aid' })
  topic?: string;

  @ApiPropertyOptional({ example: 'social.de-escalation' })
  @IsOmittable()
  @IsString()
  @MaxLength(64)
  @Matches(TAXONOMY_CODE, { message: '$property must be a taxonomy code' })
  skill?: string;
}

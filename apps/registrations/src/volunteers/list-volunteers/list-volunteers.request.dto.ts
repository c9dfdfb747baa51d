import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOmittable } from '../volunteer-profile.fields.js';

export const LISTED_STATUSES = ['active', 'paused', 'left'] as const;

export class ListVolunteersRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ enum: LISTED_STATUSES })
  @IsOmittable()
  @IsIn(LISTED_STATUSES)
  status?: (typeof LISTED_STATUSES)[number];
}

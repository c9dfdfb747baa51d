import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PageRequest } from '../../shared/paging.js';
import { IsOmittable } from '@vc/service-kit';

export const LISTED_STATUSES = ['active', 'paused', 'left'] as const;

export class ListVolunteersRequest extends PageRequest {
  @ApiPropertyOptional({ enum: LISTED_STATUSES })
  @IsOmittable()
  @IsIn(LISTED_STATUSES)
  status?: (typeof LISTED_STATUSES)[number];
}

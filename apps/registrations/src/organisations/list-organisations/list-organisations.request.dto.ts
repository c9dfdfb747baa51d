import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { OrganisationStatus } from '../organisation.entity.js';
import { PageRequest } from '../../shared/paging.js';
import { IsOmittable } from '@vc/service-kit';

export const ORGANISATION_STATUSES: readonly OrganisationStatus[] = ['registered', 'verified'];

export class ListOrganisationsRequest extends PageRequest {
  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES, description: 'e.g. registered: the ones awaiting verification' })
  @IsOmittable()
  @IsIn(ORGANISATION_STATUSES)
  status?: OrganisationStatus;
}

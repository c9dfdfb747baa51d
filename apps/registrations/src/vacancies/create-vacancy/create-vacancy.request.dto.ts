import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsOmittable } from '@vc/service-kit';
import { VacancyRules } from '../vacancy-rules.js';

/** A new vacancy; it starts as a draft, which nobody outside the centre and the organisation sees. */
export class CreateVacancyRequest extends VacancyRules {
  @ApiPropertyOptional({ description: "Staff name the organisation; a coordinator's comes from their token" })
  @IsOmittable()
  @IsUUID()
  organisationId?: string;
}

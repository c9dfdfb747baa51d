import { ApiPropertyOptional } from '@nestjs/swagger';
import type { VacancyKind, VacancyStatus } from '@vc/contracts';
import { IsIn, IsUUID } from 'class-validator';
import { PageRequest } from '../../shared/paging.js';
import { IsOmittable } from '@vc/service-kit';
import { VACANCY_KINDS, VACANCY_STATUSES } from '../vacancy-values.js';

export class ListVacanciesRequest extends PageRequest {
  @ApiPropertyOptional({ enum: VACANCY_STATUSES })
  @IsOmittable()
  @IsIn(VACANCY_STATUSES)
  status?: VacancyStatus;

  @ApiPropertyOptional({ enum: VACANCY_KINDS })
  @IsOmittable()
  @IsIn(VACANCY_KINDS)
  kind?: VacancyKind;

  @ApiPropertyOptional({ description: "One organisation's vacancies (a coordinator always sees only their own)" })
  @IsOmittable()
  @IsUUID()
  organisationId?: string;
}

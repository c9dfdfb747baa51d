import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsUUID } from 'class-validator';
import { IsOmittable } from '../request-validation.js';

export class ProposeMatchRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  volunteerId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  vacancyId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The mediation case this proposal belongs to' })
  @IsOmittable()
  @IsUUID()
  mediationCaseId?: string;

  @ApiPropertyOptional({ description: 'True when the consultant takes over one of the system’s suggestions (origin system)' })
  @IsOmittable()
  @IsBoolean()
  fromSuggestion?: boolean;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { IsCalendarDay, IsOmittable } from '../request-validation.js';

export class MasTermsRequest {
  @ApiProperty({ description: 'Hours the school requires, in quarters of an hour', minimum: 1, maximum: 500 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(500)
  requiredHours!: number;

  @ApiProperty({ format: 'uuid', description: 'The school; its school coordinator signs the hours off' })
  @IsUUID()
  schoolOrganisationId!: string;
}

export class StartMatchRequest {
  @ApiPropertyOptional({ description: 'First day of the work (YYYY-MM-DD, at the latest today); defaults to today' })
  @IsOmittable()
  @IsCalendarDay()
  startedOn?: string;

  @ApiPropertyOptional({ type: MasTermsRequest, description: 'For a student’s maatschappelijke stage' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => MasTermsRequest)
  mas?: MasTermsRequest;
}

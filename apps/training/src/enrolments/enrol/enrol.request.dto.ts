import { ApiPropertyOptional } from '@nestjs/swagger';
import { ENTITY_ID } from '@vc/contracts';
import { IsString, Matches, MaxLength } from 'class-validator';
import { IsOmittable } from '@vc/service-kit';

export class EnrolRequest {
  @ApiPropertyOptional({
    description: 'Whom to enrol: required for coordinators and staff; a volunteer enrols themself and may leave it out',
    example: '0193a1b2-0000-7000-8000-000000000001',
  })
  @IsOmittable()
  @IsString()
  @MaxLength(64)
  @Matches(ENTITY_ID, { message: '$property must be a volunteer id' })
  volunteerId?: string;
}

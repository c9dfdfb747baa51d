import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsUUID } from 'class-validator';
import { IsNonBlankText, IsOmittable } from '../../matches/request-validation.js';

export class ReferCaseRequest {
  @ApiProperty({ description: 'The referring organisation, e.g. "Sociaal wijkteam Overvecht"', maxLength: 200 })
  @IsNonBlankText(200)
  sourceOrganisation!: string;

  @ApiProperty({ description: 'Why the person is referred; stays in matching, read by the centre’s consultants only', maxLength: 4000 })
  @IsNonBlankText(4000)
  reason!: string;

  @ApiProperty({ description: 'The person consented to the referral and to the referrer following its status', enum: [true] })
  @Equals(true, { message: 'consentGiven must be true: a person is referred only with their consent' })
  consentGiven!: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'The person, when registered already; otherwise linked at intake' })
  @IsOmittable()
  @IsUUID()
  volunteerId?: string;
}

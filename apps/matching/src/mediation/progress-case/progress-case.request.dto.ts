import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MediationOutcome } from '@vc/contracts';
import { IsIn, IsUUID } from 'class-validator';
import { IsCalendarDay, IsNonBlankText, IsOmittable } from '../../matches/request-validation.js';

export class AssignConsultantRequest {
  @ApiPropertyOptional({ description: 'User id of the consultant; defaults to the caller', maxLength: 200 })
  @IsOmittable()
  @IsNonBlankText(200)
  consultantId?: string;
}

export class RecordIntakeRequest {
  @ApiProperty({ description: 'Goals agreed at intake; stay in matching, in the audited case file', maxLength: 4000 })
  @IsNonBlankText(4000)
  goals!: string;

  @ApiPropertyOptional({ description: 'Day of the intake (YYYY-MM-DD); defaults to today' })
  @IsOmittable()
  @IsCalendarDay()
  intakeOn?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The person, if the referral did not name them yet' })
  @IsOmittable()
  @IsUUID()
  volunteerId?: string;
}

export class PlaceCaseRequest {
  @ApiProperty({ format: 'uuid', description: 'The accepted or started match the person was placed through' })
  @IsUUID()
  matchId!: string;

  @ApiPropertyOptional({ description: 'Day of the placement (YYYY-MM-DD); defaults to the match’s start, else today' })
  @IsOmittable()
  @IsCalendarDay()
  placedOn?: string;
}

/** Erasure closes a case by itself; a person's request to stop is stopped-by-person. */
export const CLOSING_OUTCOMES = Object.values(MediationOutcome).filter((outcome) => outcome !== 'erased');

export class CloseCaseRequest {
  @ApiProperty({ enum: CLOSING_OUTCOMES })
  @IsIn(CLOSING_OUTCOMES)
  outcome!: MediationOutcome;

  @ApiPropertyOptional({ description: 'Day the case closed (YYYY-MM-DD); defaults to today' })
  @IsOmittable()
  @IsCalendarDay()
  closedOn?: string;
}

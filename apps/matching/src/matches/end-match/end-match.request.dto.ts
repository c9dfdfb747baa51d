import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MatchOutcome } from '@vc/contracts';
import { IsIn } from 'class-validator';
import { IsCalendarDay, IsNonBlankText, IsOmittable } from '../request-validation.js';

export class EndMatchRequest {
  @ApiProperty({ enum: Object.values(MatchOutcome) })
  @IsIn(Object.values(MatchOutcome))
  outcome!: MatchOutcome;

  @ApiProperty({ description: 'A short evaluation; stays in matching, read by the centre’s consultants', maxLength: 2000 })
  @IsNonBlankText(2000)
  evaluation!: string;

  @ApiPropertyOptional({ description: 'Last day of the work (YYYY-MM-DD, not before it started, at the latest today); defaults to today' })
  @IsOmittable()
  @IsCalendarDay()
  endedOn?: string;
}

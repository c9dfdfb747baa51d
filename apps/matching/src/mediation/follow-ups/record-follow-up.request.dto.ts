import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDay, IsNonBlankText, IsOmittable } from '../../matches/request-validation.js';

export class RecordFollowUpRequest {
  @ApiPropertyOptional({ description: 'Day of the follow-up conversation (YYYY-MM-DD); defaults to today' })
  @IsOmittable()
  @IsCalendarDay()
  doneOn?: string;

  @ApiPropertyOptional({ description: 'What was said; stored as a note of the case', maxLength: 8000 })
  @IsOmittable()
  @IsNonBlankText(8000)
  note?: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';
import { IsCalendarDay } from '../../matches/request-validation.js';

export class LogHoursRequest {
  @ApiProperty({ description: 'Day worked (YYYY-MM-DD), not in the future nor before the placement started' })
  @IsCalendarDay()
  workedOn!: string;

  @ApiProperty({ description: 'Hours worked that day, in quarters of an hour', minimum: 0.25, maximum: 24 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.25)
  @Max(24)
  hours!: number;
}

import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export const FOLLOW_UP_REMINDER_CONFIG = Symbol('FOLLOW_UP_REMINDER_CONFIG');

export class FollowUpReminderConfig {
  /** How often the service looks for follow-ups that fell due (a reminder is at most this late); 0 never. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86_400)
  MATCHING_FOLLOW_UP_CHECK_SECONDS = 300;
}

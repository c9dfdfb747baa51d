import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate } from '@vc/contracts';
import { registerDecorator } from 'class-validator';
import { IsOmittable } from '../volunteer-profile.fields.js';
import { todayInAmsterdam } from '../volunteer-values.js';

const IsAfterToday = (): PropertyDecorator => (target, propertyKey) =>
  registerDecorator({
    name: 'isAfterToday',
    target: target.constructor,
    propertyName: String(propertyKey),
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || value > todayInAmsterdam(),
      defaultMessage: () => 'pausedUntil must be a date after today',
    },
  });

/** No reason: why someone pauses is theirs. */
export class PauseVolunteerRequest {
  @ApiPropertyOptional({ example: '2027-02-28', description: 'Last day of the pause, when known' })
  @IsOmittable()
  @IsCalendarDate()
  @IsAfterToday()
  pausedUntil?: string;
}

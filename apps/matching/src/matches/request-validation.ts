import { composeDecorators } from '@vc/service-kit';
import { IsISO8601, IsString, Matches } from 'class-validator';

export { IsNonBlankText, IsOmittable } from '@vc/service-kit';

/* Small decorators the workflow requests (matches, mediation, placements) share. */

/** A calendar date as YYYY-MM-DD that exists. */
export const IsCalendarDay = (): PropertyDecorator =>
  composeDecorators(
    IsString(),
    Matches(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be an existing calendar date' }),
  );

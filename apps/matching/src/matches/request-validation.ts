import { IsISO8601, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/* Small decorators the workflow requests (matches, mediation, placements) share. */

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };
}

/** May be left out, but is never null (class-validator's @IsOptional would let null through). */
export const IsOmittable = (): PropertyDecorator => (target, key) =>
  ValidateIf((object: Record<PropertyKey, unknown>) => object[key] !== undefined)(target, key);

/** Text of at most `max` characters with something besides whitespace in it. */
export const IsNonBlankText = (max: number): PropertyDecorator =>
  compose(IsString(), MaxLength(max), Matches(/\S/, { message: '$property must not be blank' }));

/** A calendar date as YYYY-MM-DD that exists. */
export const IsCalendarDay = (): PropertyDecorator =>
  compose(
    IsString(),
    Matches(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be an existing calendar date' }),
  );

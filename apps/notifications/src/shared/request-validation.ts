import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/* Small decorators the service's request classes share (the same conventions as registrations). */

export function composeDecorators(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorate of decorators) decorate(target, propertyKey);
  };
}

/** May be left out, but is never null: `"price": null` is a 400, not a silent default. */
export const IsOmittable = (): PropertyDecorator => (target, propertyKey) =>
  ValidateIf((object: Record<PropertyKey, unknown>) => object[propertyKey] !== undefined)(target, propertyKey);

/** Text of at most `max` characters with something besides whitespace in it. */
export const IsNonBlankText = (max: number): PropertyDecorator =>
  composeDecorators(IsString(), MaxLength(max), Matches(/\S/, { message: '$property must not be blank' }));

export const Trimmed = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Wall-clock date and time in Europe/Amsterdam, e.g. 2027-03-12T19:30. */
export const LOCAL_DATE_TIME = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$/;

export const IsLocalDateTime = (): PropertyDecorator =>
  composeDecorators(
    IsString(),
    Matches(LOCAL_DATE_TIME, { message: '$property must be a Europe/Amsterdam date and time as YYYY-MM-DDTHH:MM' }),
  );

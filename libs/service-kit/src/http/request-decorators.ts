import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/* Small decorators every service's request classes share, beside class-validator's own. */

export function composeDecorators(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorate of decorators) decorate(target, propertyKey);
  };
}

/**
 * May be left out, but is never null (class-validator's @IsOptional lets null through too): a
 * client that sends `"remote": null` gets a 400 instead of a silent default.
 */
export const IsOmittable = (): PropertyDecorator => (target, propertyKey) =>
  ValidateIf((object: Record<PropertyKey, unknown>) => object[propertyKey] !== undefined)(target, propertyKey);

/** Text of at most `max` characters with something besides whitespace in it. */
export const IsNonBlankText = (max: number): PropertyDecorator =>
  composeDecorators(IsString(), MaxLength(max), Matches(/\S/, { message: '$property must not be blank' }));

/** Trims surrounding whitespace from strings and leaves other values alone, for the validators to judge. */
export const Trimmed = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/*
 * A list or object field given a value of another shape is refused as a whole, under its own name:
 * without this, nested validation would look inside the wrong value and report its parts
 * (`availability.day` for an object, `suitability.0` for a list) instead of the field.
 */
const WRONG_SHAPE = '(wrong shape)';

/** For a field that holds a list; place it above @ValidateNested and @Type. */
export const ExpectList = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (value === undefined || value === null || Array.isArray(value) ? value : WRONG_SHAPE));

/** For a field that holds an object; place it above @ValidateNested and @Type. */
export const ExpectObject = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? WRONG_SHAPE : value));

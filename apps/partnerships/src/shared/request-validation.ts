import { Transform } from 'class-transformer';
import { KVK_NUMBER, REGISTRATIONS_LIMITS, TAXONOMY_CODE } from '@vc/contracts';
import { IsISO8601, IsString, Matches, MaxLength, NotEquals, registerDecorator, ValidateIf, type ValidationArguments } from 'class-validator';

/*
 * Small decorators the service's request classes share. IsOmittable, IsNonBlankText, Trimmed and
 * the KvK rule mirror apps/registrations/src/shared/request-validation.ts and its organisation
 * request (apps never import apps; the KvK pattern itself is shared through @vc/contracts).
 */

export function composeDecorators(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorate of decorators) decorate(target, propertyKey);
  };
}

/** May be left out, but is never null: `"hours": null` is a 400 instead of a silent default. */
export const IsOmittable = (): PropertyDecorator => (target, propertyKey) =>
  ValidateIf((object: Record<PropertyKey, unknown>) => object[propertyKey] !== undefined)(target, propertyKey);

export const IsNonBlankText = (max: number): PropertyDecorator =>
  composeDecorators(IsString(), MaxLength(max), Matches(/\S/, { message: '$property must not be blank' }));

export const Trimmed = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** KvK-nummer: eight digits, not all zeros; the same rule as registrations' organisations. */
export const IsKvkNumberText = (): PropertyDecorator =>
  composeDecorators(
    IsString(),
    Matches(KVK_NUMBER, { message: '$property must be a KvK number of 8 digits' }),
    NotEquals('00000000', { message: '$property must be a KvK number of 8 digits' }),
  );

export const IsSectorCode = (): PropertyDecorator =>
  composeDecorators(
    IsString(),
    MaxLength(REGISTRATIONS_LIMITS.taxonomyCode),
    Matches(TAXONOMY_CODE, { message: '$property must be a sector code such as social-cohesion' }),
  );

export const IsUuid = (): PropertyDecorator =>
  composeDecorators(
    IsString(),
    Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: '$property must be a UUID' }),
  );

const WRONG_SHAPE = '(wrong shape)';

/** For a field that holds a list; a value of another shape is refused under the field's own name. */
export const ExpectList = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (value === undefined || value === null || Array.isArray(value) ? value : WRONG_SHAPE));

/** For a field that holds an object. */
export const ExpectObject = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? WRONG_SHAPE : value));

/** A calendar date as YYYY-MM-DD that exists. */
export const IsDateText = (): PropertyDecorator =>
  composeDecorators(
    IsString(),
    Matches(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be an existing calendar date' }),
  );

/** Not before a sibling date (both YYYY-MM-DD, which order as strings); skipped when either is absent. */
export const IsNotBefore = (sibling: string): PropertyDecorator => (target, propertyKey) =>
  registerDecorator({
    name: 'isNotBefore',
    target: target.constructor,
    propertyName: String(propertyKey),
    constraints: [sibling],
    validator: {
      validate(value: unknown, args: ValidationArguments) {
        const other = (args.object as Record<string, unknown>)[sibling];
        if (typeof value !== 'string' || typeof other !== 'string') return true;
        return value >= other;
      },
      defaultMessage: (args: ValidationArguments) => `${args.property} must be on or after ${sibling}`,
    },
  });

import { ValidationPipe, type ValidationError, type ValidationPipeOptions } from '@nestjs/common';
import { passesValidation, type UnknownFields } from '@vc/contracts';
import type { ValidatorOptions } from 'class-validator';
import { DomainProblem } from './domain-problem.js';
import type { FieldError } from './problem-details.js';

/** 400 with one entry per invalid field, so a form can show each message beside its field. */
export class ValidationProblem extends DomainProblem {
  readonly errors: readonly FieldError[];

  constructor(errors: FieldError[]) {
    super({
      status: 400,
      slug: 'validation',
      title: 'The request is not valid',
      detail: errors.length === 1 ? '1 field is invalid' : `${errors.length} fields are invalid`,
      extensions: { errors },
    });
    this.errors = errors;
  }
}

/** Flattens class-validator's tree of errors into one entry per field, named by its dotted path (`availability.0.day`). */
export function fieldErrorsOf(errors: readonly ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath && error.property !== undefined ? `${parentPath}.${error.property}` : (error.property ?? parentPath);
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

/** The fast path applies only to the options it mirrors; anything else goes to class-validator alone. */
function unknownFieldsUnder(options: ValidatorOptions | undefined): UnknownFields | undefined {
  if (!options || options.whitelist !== true || options.forbidUnknownValues === false) return undefined;
  if (options.groups?.length || options.always || options.strictGroups) return undefined;
  if (options.skipMissingProperties || options.skipNullProperties || options.skipUndefinedProperties) return undefined;
  return options.forbidNonWhitelisted ? 'refuse' : 'drop';
}

/**
 * Nest's pipe, except that a valid request skips class-validator's asynchronous run: the fast path
 * runs the same rules synchronously, and only a request it does not pass (invalid, or one it is not
 * sure of) is validated again by class-validator, which words the errors.
 */
class FastPathValidationPipe extends ValidationPipe {
  protected override validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> | ValidationError[] {
    const unknownFields = unknownFieldsUnder(validatorOptions);
    if (unknownFields && passesValidation(object, unknownFields)) return [];
    return super.validate(object, validatorOptions);
  }
}

/**
 * The validation every edge uses: unknown fields are refused rather than silently dropped,
 * so a client's typo is an error instead of lost data, and payloads are turned into DTO instances.
 */
export function createValidationPipe(overrides: ValidationPipeOptions = {}): ValidationPipe {
  return new FastPathValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // Never copy the rejected values into errors: they may be personal data and end up in logs.
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationProblem(fieldErrorsOf(errors)),
    ...overrides,
  });
}

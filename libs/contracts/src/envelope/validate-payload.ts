import { plainToInstance } from 'class-transformer';
import type { ValidationError } from 'class-validator';
import type { EventContract } from './event-contract.js';
import { classValidatorErrors, passesValidation, passesValidationAsPlain } from './validation-fast-path.js';
import { cacheValidationMetadataLookups } from './validation-metadata-cache.js';

// Every service imports the contracts, so this covers its request validation too.
cacheValidationMetadataLookups();

export interface FieldViolation {
  /** Dotted path into the payload, e.g. `availability.0.day`. */
  field: string;
  messages: string[];
}

/** Thrown when a payload does not meet its contract, at the producer or at a consumer. */
export class ContractViolationError extends Error {
  constructor(
    readonly eventType: string,
    readonly version: number,
    readonly violations: FieldViolation[],
  ) {
    super(
      `${eventType} v${version} violates its contract: ` +
        violations.map((v) => `${v.field}: ${v.messages.join('; ')}`).join(', '),
    );
    this.name = 'ContractViolationError';
  }
}

function flatten(errors: ValidationError[], prefix = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export interface ValidatePayloadOptions {
  /**
   * Producers refuse unknown fields (a producer must not leak data its contract does not
   * declare); consumers drop them instead, so an additive change within a major version does not
   * break a consumer still built against the older contract (tolerant reader).
   */
  unknownFields: 'refuse' | 'drop';
}

/**
 * Checks a plain payload against its contract and returns it: the plain object itself (without the
 * fields dropped) when class-transformer would only have copied it, else an instance of the payload
 * class. Either way it holds exactly the same data.
 */
export function validatePayload<P extends object>(
  contract: EventContract<P>,
  plain: unknown,
  options: ValidatePayloadOptions = { unknownFields: 'refuse' },
): P {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    throw new ContractViolationError(contract.type, contract.version, [
      { field: '(payload)', messages: ['payload must be a JSON object'] },
    ]);
  }
  if (passesValidationAsPlain(contract.payload, plain, options.unknownFields)) return plain as P;
  const instance = plainToInstance(contract.payload, plain);
  if (passesValidation(instance, options.unknownFields)) return instance;
  const errors = classValidatorErrors(instance, options.unknownFields);
  if (errors.length > 0) {
    throw new ContractViolationError(contract.type, contract.version, flatten(errors));
  }
  return instance;
}

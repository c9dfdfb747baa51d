import { REGISTRATIONS_LIMITS, TAXONOMY_CODE } from '@vc/contracts';
import { composeDecorators } from '@vc/service-kit';
import { IsString, Matches, MaxLength } from 'class-validator';

/** A sector code from the shared taxonomy, e.g. `social-cohesion`. */
export const IsSectorCode = (): PropertyDecorator =>
  composeDecorators(
    IsString(),
    MaxLength(REGISTRATIONS_LIMITS.taxonomyCode),
    Matches(TAXONOMY_CODE, { message: '$property must be a sector code such as social-cohesion' }),
  );

import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { DUTCH_POSTCODE, normaliseDutchPostcode } from '@vc/geo';
import { composeDecorators } from '@vc/service-kit';
/** Accepts the usual ways of writing a postcode (`3511ab`, ` 3511  AB `) and stores `3511 AB`. */
export const IsDutchPostcode = () => composeDecorators(Transform(({ value }) => normaliseDutchPostcode(value)), IsString(), Matches(DUTCH_POSTCODE, { message: '$property must be a Dutch postcode such as 3511 AB' }));
//# sourceMappingURL=dutch-postcode.decorator.js.map
import { composeDecorators } from '@vc/service-kit';
import { IsString, Matches } from 'class-validator';

/** Wall-clock date and time in Europe/Amsterdam, e.g. 2027-03-12T19:30. */
export const LOCAL_DATE_TIME = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$/;

export const IsLocalDateTime = (): PropertyDecorator =>
  composeDecorators(
    IsString(),
    Matches(LOCAL_DATE_TIME, { message: '$property must be a Europe/Amsterdam date and time as YYYY-MM-DDTHH:MM' }),
  );

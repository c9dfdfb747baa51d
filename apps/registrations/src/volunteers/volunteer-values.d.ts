import { AgeBand } from '@vc/contracts';
/**
 * A phone number in E.164 (`+31612345678`), the form SMS providers take, or undefined when the
 * input is not one. Dutch national numbers (`06 12345678`, `020-1234567`) get +31; international
 * ones need `+` or `00`. A Dutch number has nine digits after the country code.
 */
export declare function toE164(raw: string): string | undefined;
/** The calendar date in the Netherlands at `now` (YYYY-MM-DD): ages and birthdays change at Dutch midnight. */
export { todayInAmsterdam } from '@vc/service-kit';
/** Age in whole years on `today`; someone born on 29 February turns a year older on 1 March in other years. */
export declare function ageOn(dateOfBirth: string, today: string): number;
/** The age band events carry instead of a date of birth. */
export declare function ageBandOn(dateOfBirth: string, today: string): AgeBand;
//# sourceMappingURL=volunteer-values.d.ts.map
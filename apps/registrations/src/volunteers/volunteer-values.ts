import { AgeBand } from '@vc/contracts';

const E164 = /^\+[1-9][0-9]{7,14}$/;
const PHONE_CHARACTERS = /^\+?[0-9 ().-]+$/;

/**
 * A phone number in E.164 (`+31612345678`), the form SMS providers take, or undefined when the
 * input is not one. Dutch national numbers (`06 12345678`, `020-1234567`) get +31; international
 * ones need `+` or `00`. A Dutch number has nine digits after the country code.
 */
export function toE164(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed.length > 32 || !PHONE_CHARACTERS.test(trimmed)) return undefined;
  // "+31 (0)6 …": the trunk zero in brackets is not dialled from abroad.
  let digits = trimmed.replace(/^(\+[0-9]{1,3})\s*\(0\)/, '$1').replace(/[ ().-]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  else if (digits.startsWith('00')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = `31${digits.slice(1)}`;
  else return undefined;
  const e164 = `+${digits}`;
  if (!E164.test(e164)) return undefined;
  if (digits.startsWith('31') && !/^31[1-9][0-9]{8}$/.test(digits)) return undefined;
  return e164;
}

/** The calendar date in the Netherlands at `now` (YYYY-MM-DD): ages and birthdays change at Dutch midnight. */
export { todayInAmsterdam } from '@vc/service-kit';

/** Age in whole years on `today`; someone born on 29 February turns a year older on 1 March in other years. */
export function ageOn(dateOfBirth: string, today: string): number {
  const [birthYear, birthMonthDay] = [Number(dateOfBirth.slice(0, 4)), dateOfBirth.slice(5)];
  const [year, monthDay] = [Number(today.slice(0, 4)), today.slice(5)];
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}

/** The age band events carry instead of a date of birth. */
export function ageBandOn(dateOfBirth: string, today: string): AgeBand {
  const age = ageOn(dateOfBirth, today);
  if (age < 16) return AgeBand.Under16;
  if (age < 18) return AgeBand.From16To17;
  if (age < 26) return AgeBand.From18To25;
  if (age < 41) return AgeBand.From26To40;
  if (age < 66) return AgeBand.From41To65;
  return AgeBand.From66;
}

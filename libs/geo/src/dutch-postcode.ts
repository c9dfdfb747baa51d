/**
 * A Dutch postcode as the platform stores it: four digits without a leading zero, one space, two
 * capitals (PostNL's notation). The letter pairs SA, SD and SS are never issued.
 */
export const DUTCH_POSTCODE = /^[1-9][0-9]{3} (?!SA|SD|SS)[A-Z]{2}$/;

/** `3511ab`, ` 3511  AB ` → `3511 AB`; anything else comes back unchanged, for a validator to refuse. */
export function normaliseDutchPostcode(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const parts = /^\s*([0-9]{4})\s*([A-Za-z]{2})\s*$/.exec(value);
  return parts ? `${parts[1]} ${parts[2]!.toUpperCase()}` : value;
}

/** The postcode area (PC4): only the digits leave a service, since the letters narrow it to a street. */
export function postcodeAreaOf(postcode: string): string {
  return postcode.slice(0, 4);
}

import { randomBytes } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read aloud or typed over is hard to get wrong.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Five groups of four: 100 random bits, far beyond guessing; the code is stored, never derived. */
export const VERIFICATION_CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/;

export function newVerificationCode(): string {
  const bytes = randomBytes(20);
  const chars = [...bytes].map((byte) => ALPHABET[byte & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Accepts lower case and missing dashes as people type them; undefined when it cannot be a code. */
export function normaliseVerificationCode(raw: string): string | undefined {
  const compact = raw.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 20) return undefined;
  const code = compact.match(/.{4}/g)!.join('-');
  return VERIFICATION_CODE.test(code) ? code : undefined;
}

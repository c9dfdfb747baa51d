import fc from 'fast-check';
import { DUTCH_POSTCODE, normaliseDutchPostcode, postcodeAreaOf } from './dutch-postcode.js';

describe('Dutch postcodes', () => {
  it.each([
    ['3511 AB', '3511 AB'],
    ['3511ab', '3511 AB'],
    [' 3511  Ab ', '3511 AB'],
    ['9711LM', '9711 LM'],
    [' 3582 kL ', '3582 KL'],
  ])('normalises %j to %j, which is valid', (input, normalised) => {
    expect(normaliseDutchPostcode(input)).toBe(normalised);
    expect(DUTCH_POSTCODE.test(normalised)).toBe(true);
  });

  it.each([
    ['a leading zero', '0511 AB'],
    ['three digits', '351 AB'],
    ['one letter', '3511 A'],
    ['a letter pair PostNL never issues', '3511 SS'],
    ['letters first', 'AB 3511'],
    ['an empty string', ''],
    ['a dash', '3582-KL'],
    ['five digits', '12345 AB'],
  ])('refuses %s', (_case, input) => {
    expect(DUTCH_POSTCODE.test(String(normaliseDutchPostcode(input)))).toBe(false);
  });

  it('leaves values that are not strings for the validator', () => {
    expect(normaliseDutchPostcode(3511)).toBe(3511);
    expect(normaliseDutchPostcode(null)).toBeNull();
  });

  it('shares only the four digits', () => {
    expect(postcodeAreaOf('3511 AB')).toBe('3511');
  });

  it('keeps the four digits of any valid postcode, whatever its case and spacing, as its area', () => {
    const letters = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'.split(''));
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), letters, letters, fc.constantFrom('', ' ', '  '), (digits, a, b, space) => {
        fc.pre(!['SA', 'SD', 'SS'].includes(`${a}${b}`.toUpperCase()));
        const stored = String(normaliseDutchPostcode(`${digits}${space}${a}${b}`));
        expect(stored).toMatch(DUTCH_POSTCODE);
        expect(postcodeAreaOf(stored)).toBe(String(digits));
      }),
    );
  });
});

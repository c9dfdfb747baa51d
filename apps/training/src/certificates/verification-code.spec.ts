import { newVerificationCode, normaliseVerificationCode, VERIFICATION_CODE } from './verification-code.js';

describe('verification codes', () => {
  it('makes codes of five groups of four that differ every time', () => {
    const codes = Array.from({ length: 200 }, newVerificationCode);
    expect(codes.every((code) => VERIFICATION_CODE.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(200);
  });

  it.each([
    ['ab12-cd34-ef56-gh78-jk9m', 'AB12-CD34-EF56-GH78-JK9M'],
    ['AB12CD34EF56GH78JK9M', 'AB12-CD34-EF56-GH78-JK9M'],
    [' AB12 CD34 EF56 GH78 JK9M ', 'AB12-CD34-EF56-GH78-JK9M'],
  ])('reads %j as %j', (raw, code) => {
    expect(normaliseVerificationCode(raw)).toBe(code);
  });

  it.each(['', 'AB12-CD34', 'AB12-CD34-EF56-GH78-JK9M-0000', 'AB12-CD34-EF56-GH78-JK9U', "AB12-CD34-EF56-GH78-JK9'"])(
    'refuses %j',
    (raw) => {
      expect(normaliseVerificationCode(raw)).toBeUndefined();
    },
  );
});

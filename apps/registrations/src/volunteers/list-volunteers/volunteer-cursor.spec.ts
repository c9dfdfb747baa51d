import { ValidationProblem } from '@vc/service-kit';
import { decodeVolunteerCursor, encodeVolunteerCursor } from './volunteer-cursor.js';

describe('volunteer cursors', () => {
  it('give back the id they were made from', () => {
    const id = '0190f4c2-7c17-75b6-b31a-40cceb98bc89';
    expect(decodeVolunteerCursor(encodeVolunteerCursor(id))).toBe(id);
  });

  it.each([
    ['not base64 JSON', 'abc'],
    ['JSON without an id', Buffer.from('{"x":1}').toString('base64url')],
    ['an id that is no UUID', Buffer.from('{"after":"1 OR 1=1"}').toString('base64url')],
    ['JSON null', Buffer.from('null').toString('base64url')],
  ])('refuses %s as a 400 on the cursor field', (_what, cursor) => {
    expect(() => decodeVolunteerCursor(cursor)).toThrow(ValidationProblem);
    try {
      decodeVolunteerCursor(cursor);
    } catch (error) {
      expect((error as ValidationProblem).errors.map((e) => e.field)).toEqual(['cursor']);
    }
  });
});

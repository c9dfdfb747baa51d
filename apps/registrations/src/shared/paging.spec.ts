import { ValidationProblem } from '@vc/service-kit';
import { decodeIdCursor, encodeIdCursor, pageOf } from './paging.js';

describe('id cursors', () => {
  it('give back the id they were made from, in either direction', () => {
    const id = '0190f4c2-7c17-75b6-b31a-40cceb98bc89';
    expect(decodeIdCursor(encodeIdCursor(id))).toBe(id);
    expect(decodeIdCursor(encodeIdCursor(id, 'after'), 'after')).toBe(id);
  });

  it.each([
    ['not base64 JSON', 'abc'],
    ['JSON without an id', Buffer.from('{"x":1}').toString('base64url')],
    ['an id that is no UUID', Buffer.from('{"before":"1 OR 1=1"}').toString('base64url')],
    ['JSON null', Buffer.from('null').toString('base64url')],
    ['a cursor of a list that pages the other way', encodeIdCursor('0190f4c2-7c17-75b6-b31a-40cceb98bc89', 'after')],
  ])('refuses %s as a 400 on the cursor field', (_what, cursor) => {
    let thrown: unknown;
    try {
      decodeIdCursor(cursor);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationProblem);
    expect((thrown as ValidationProblem).errors.map((e) => e.field)).toEqual(['cursor']);
  });
});

describe('pageOf', () => {
  const rows = ['c', 'b', 'a'].map((id) => ({ id: `0190f4c2-7c17-75b6-b31a-40cceb98bc8${id}` }));

  it('gives a cursor after the last item when the extra row shows there is more', () => {
    const page = pageOf(rows, 2, (row) => row.id);
    expect(page.items).toEqual([rows[0]!.id, rows[1]!.id]);
    expect(decodeIdCursor(page.nextCursor!)).toBe(rows[1]!.id);
  });

  it('gives no cursor on the last page', () => {
    expect(pageOf(rows, 3, (row) => row.id).nextCursor).toBeNull();
  });
});

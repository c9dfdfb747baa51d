import { ValidationProblem } from '@vc/service-kit';
import { decodeSearchCursor, encodeSearchCursor, searchFingerprint, type SearchCursor } from './search-cursor.js';

const fingerprint = searchFingerprint({ centreId: 'c', q: 'koken', sector: undefined });

function refusal(encoded: string, expected = fingerprint): string[] {
  try {
    decodeSearchCursor(encoded, expected);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationProblem);
    return (error as ValidationProblem).errors.map((e) => e.field);
  }
  throw new Error('expected the cursor to be refused');
}

describe('search cursors', () => {
  it.each<SearchCursor>([
    { stage: 'newest', position: '1234' },
    { stage: 'older', position: '99' },
    { stage: 'ranked', top: '900', bottom: '400', rank: '0.0607927', position: '512' },
  ])('come back as they went out: %j', (cursor) => {
    expect(decodeSearchCursor(encodeSearchCursor(cursor, fingerprint), fingerprint)).toEqual(cursor);
  });

  it('are bound to the filters of their search, in any key order', () => {
    expect(searchFingerprint({ a: 1, b: 'x' })).toBe(searchFingerprint({ b: 'x', a: 1 }));
    expect(searchFingerprint({ a: 1, b: 'x' })).not.toBe(searchFingerprint({ a: 1, b: 'y' }));
    const other = searchFingerprint({ centreId: 'c', q: 'tuin' });
    expect(refusal(encodeSearchCursor({ stage: 'newest', position: '5' }, other))).toEqual(['cursor']);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['an unknown stage', Buffer.from(JSON.stringify({ stage: 'all', position: '1', search: fingerprint })).toString('base64url')],
    ['a position that is no number', Buffer.from(JSON.stringify({ stage: 'newest', position: '1; DROP', search: fingerprint })).toString('base64url')],
    ['a rank that is no number', Buffer.from(JSON.stringify({ stage: 'ranked', top: '9', bottom: '1', rank: 'e', position: '3', search: fingerprint })).toString('base64url')],
    ['JSON null', Buffer.from('null').toString('base64url')],
  ])('refuse %s as a 400 on the cursor field', (_case, encoded) => {
    expect(refusal(encoded)).toEqual(['cursor']);
  });
});

import fc from 'fast-check';
import { canonicalJson, isValidIdempotencyKey, requestFingerprint } from './idempotency-key.js';

describe('isValidIdempotencyKey', () => {
  it.each([
    ['a UUID', '8e0f4c1a-6f0e-4c7b-9d8e-1f2a3b4c5d6e', true],
    ['one character', 'x', true],
    ['255 characters', 'k'.repeat(255), true],
    ['printable punctuation and spaces', 'order 42 / try #1 ~ok', true],
    ['the empty string', '', false],
    ['256 characters', 'k'.repeat(256), false],
    ['a line break', 'abc\ndef', false],
    ['a tab', 'abc\tdef', false],
    ['a non-ASCII letter', 'sleutel-ë', false],
    ['a NUL byte', 'abc\u0000', false],
  ])('%s: %s', (_case, key, valid) => {
    expect(isValidIdempotencyKey(key)).toBe(valid);
  });
});

describe('requestFingerprint', () => {
  const body = { title: 'Taalmaatje', hours: 4, tags: ['taal', 'nieuwkomers'] };

  it('is the same for the same request, whatever the order of object keys', () => {
    expect(requestFingerprint('POST', '/vacancies', body)).toBe(requestFingerprint('post', '/vacancies', { tags: ['taal', 'nieuwkomers'], hours: 4, title: 'Taalmaatje' }));
  });

  it.each([
    ['another body', 'POST', '/vacancies', { ...body, hours: 5 }],
    ['another array order, which means something', 'POST', '/vacancies', { ...body, tags: ['nieuwkomers', 'taal'] }],
    ['another path', 'POST', '/vacancies/drafts', body],
    ['another query', 'POST', '/vacancies?publish=true', body],
    ['another method', 'PUT', '/vacancies', body],
    ['no body', 'POST', '/vacancies', undefined],
  ])('differs for %s', (_case, method, path, other) => {
    expect(requestFingerprint(method, path, other)).not.toBe(requestFingerprint('POST', '/vacancies', body));
  });

  it('canonicalises any JSON value independently of key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reordered = JSON.parse(JSON.stringify(value, (_key, item: unknown) =>
          item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).reverse()) : item,
        )) as unknown;
        expect(canonicalJson(reordered)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

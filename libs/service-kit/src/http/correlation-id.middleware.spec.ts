import { eventContextFromHeaders } from './correlation-id.middleware.js';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const newId = () => 'generated-id';

describe('eventContextFromHeaders', () => {
  it('keeps the caller’s correlation id and traceparent, with no causing event', () => {
    const context = eventContextFromHeaders({ 'x-correlation-id': 'abc-123', traceparent: TRACEPARENT }, newId);

    expect(context).toEqual({ correlationId: 'abc-123', causationId: null, traceparent: TRACEPARENT });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['too long', 'a'.repeat(129)],
    ['carrying a line break', 'abc\n{"level":"fatal"}'],
    ['carrying spaces', 'abc def'],
  ])('generates a correlation id when the offered one is %s', (_case, offered) => {
    expect(eventContextFromHeaders({ 'x-correlation-id': offered }, newId).correlationId).toBe('generated-id');
  });

  it('takes the first of repeated correlation id headers', () => {
    expect(eventContextFromHeaders({ 'x-correlation-id': ['first', 'second'] } as never, newId).correlationId).toBe('first');
  });

  it('drops an invalid traceparent', () => {
    expect(eventContextFromHeaders({ traceparent: 'nonsense' }, newId)).not.toHaveProperty('traceparent');
  });

  it('generates a UUID by default', () => {
    expect(eventContextFromHeaders({}).correlationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

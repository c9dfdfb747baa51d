import { parseTraceparent } from './traceparent.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_ID = '00f067aa0ba902b7';

describe('parseTraceparent', () => {
  it('reads trace id, parent id and the sampled flag of a version 00 header', () => {
    const parsed = parseTraceparent(`00-${TRACE_ID}-${PARENT_ID}-01`);

    expect(parsed).toEqual({ version: '00', traceId: TRACE_ID, parentId: PARENT_ID, flags: '01', sampled: true });
  });

  it('reports an unsampled trace when bit 0 of the flags is clear', () => {
    expect(parseTraceparent(`00-${TRACE_ID}-${PARENT_ID}-00`)?.sampled).toBe(false);
  });

  it('accepts extra fields from a future version', () => {
    expect(parseTraceparent(`01-${TRACE_ID}-${PARENT_ID}-01-something-new`)?.traceId).toBe(TRACE_ID);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['garbage', 'not-a-traceparent'],
    ['upper-case hex', `00-${TRACE_ID.toUpperCase()}-${PARENT_ID}-01`],
    ['short trace id', `00-${TRACE_ID.slice(1)}-${PARENT_ID}-01`],
    ['all-zero trace id', `00-${'0'.repeat(32)}-${PARENT_ID}-01`],
    ['all-zero parent id', `00-${TRACE_ID}-${'0'.repeat(16)}-01`],
    ['forbidden version ff', `ff-${TRACE_ID}-${PARENT_ID}-01`],
    ['version 00 with extra fields', `00-${TRACE_ID}-${PARENT_ID}-01-extra`],
  ])('ignores a %s header', (_case, header) => {
    expect(parseTraceparent(header)).toBeUndefined();
  });
});

/** The parts of a W3C Trace Context `traceparent` header (https://www.w3.org/TR/trace-context/). */
export interface Traceparent {
  version: string;
  traceId: string;
  parentId: string;
  flags: string;
  sampled: boolean;
}

// Later versions may append fields after the flags; version 00 has exactly four.
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZEROS = /^0+$/;

/** Returns undefined for anything the spec says to ignore, so a bad header never lands in the logs. */
export function parseTraceparent(header: string | undefined | null): Traceparent | undefined {
  if (!header) return undefined;
  const match = TRACEPARENT.exec(header.trim());
  if (!match) return undefined;
  const [, version, traceId, parentId, flags, rest] = match as unknown as [string, string, string, string, string, string?];
  if (version === 'ff') return undefined;
  if (version === '00' && rest !== undefined) return undefined;
  if (ALL_ZEROS.test(traceId) || ALL_ZEROS.test(parentId)) return undefined;
  return { version, traceId, parentId, flags, sampled: (parseInt(flags, 16) & 1) === 1 };
}

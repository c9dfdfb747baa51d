import { runWithEventContext } from '@vc/messaging';
import { createLogger } from './create-logger.js';

function capturingLogger(level: 'info' | 'debug' = 'info') {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    service: 'registrations',
    level,
    destination: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  return { logger, lines };
}

describe('createLogger', () => {
  it('writes one JSON line with the service, a level name and an ISO time', () => {
    const { logger, lines } = capturingLogger();

    logger.info({ volunteerId: 'v-1' }, 'volunteer registered');

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ service: 'registrations', level: 'info', msg: 'volunteer registered', volunteerId: 'v-1' });
    expect(new Date(lines[0]!.time as string).toISOString()).toBe(lines[0]!.time);
  });

  it('adds correlation, causation, trace and centre from the current event context', () => {
    const { logger, lines } = capturingLogger();
    const context = {
      correlationId: 'corr-1',
      causationId: 'event-9',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      centreId: 'centre-utrecht',
    };

    runWithEventContext(context, () => logger.info('inside'));
    logger.info('outside');

    expect(lines[0]).toMatchObject({
      correlationId: 'corr-1',
      causationId: 'event-9',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      centreId: 'centre-utrecht',
    });
    expect(lines[1]).not.toHaveProperty('correlationId');
  });

  it('leaves traceId out when the context carries no valid traceparent', () => {
    const { logger, lines } = capturingLogger();

    runWithEventContext({ correlationId: 'corr-2', causationId: null, traceparent: 'junk' }, () => logger.info('x'));

    expect(lines[0]).toMatchObject({ correlationId: 'corr-2', causationId: null });
    expect(lines[0]).not.toHaveProperty('traceId');
  });

  it('drops lines below the configured level', () => {
    const { logger, lines } = capturingLogger('info');

    logger.debug('noise');

    expect(lines).toHaveLength(0);
  });
});

import { createLogger } from './create-logger.js';
import { NestJsonLogger } from './nest-json.logger.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    service: 'matching',
    level: 'trace',
    destination: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  return { nestLogger: new NestJsonLogger(logger), lines };
}

describe('NestJsonLogger', () => {
  it('maps Nest levels to pino levels and keeps the Nest context as a field', () => {
    const { nestLogger, lines } = capture();

    nestLogger.log('Mapped {/health/live, GET} route', 'RouterExplorer');
    nestLogger.warn('careful', 'Scanner');
    nestLogger.debug('details', 'Injector');
    nestLogger.verbose('chatter', 'Injector');
    nestLogger.fatal('gone', 'Bootstrap');

    expect(lines.map((line) => [line.level, line.msg, line.context])).toEqual([
      ['info', 'Mapped {/health/live, GET} route', 'RouterExplorer'],
      ['warn', 'careful', 'Scanner'],
      ['debug', 'details', 'Injector'],
      ['trace', 'chatter', 'Injector'],
      ['fatal', 'gone', 'Bootstrap'],
    ]);
  });

  it('keeps the stack Nest passes to error() before the context', () => {
    const { nestLogger, lines } = capture();

    nestLogger.error('boom', 'Error: boom\n    at handler', 'ExceptionsHandler');

    expect(lines[0]).toMatchObject({ level: 'error', msg: 'boom', stack: 'Error: boom\n    at handler', context: 'ExceptionsHandler' });
  });

  it('does not mistake a stack without context for a context', () => {
    const { nestLogger, lines } = capture();

    nestLogger.error('boom', 'Error: boom\n    at handler');

    expect(lines[0]).toMatchObject({ stack: 'Error: boom\n    at handler' });
    expect(lines[0]).not.toHaveProperty('context');
  });

  it('serialises an Error message with its stack', () => {
    const { nestLogger, lines } = capture();

    nestLogger.error(new Error('database gone'), 'TypeOrm');

    expect(lines[0]).toMatchObject({ level: 'error', msg: 'database gone', context: 'TypeOrm' });
    expect((lines[0]!.err as { stack: string }).stack).toContain('database gone');
  });

  it('spreads an object message into the line', () => {
    const { nestLogger, lines } = capture();

    nestLogger.log({ msg: 'relay idle', pending: 0 }, 'OutboxRelay');

    expect(lines[0]).toMatchObject({ level: 'info', msg: 'relay idle', pending: 0, context: 'OutboxRelay' });
  });

  it('keeps extra arguments instead of losing them', () => {
    const { nestLogger, lines } = capture();

    nestLogger.log('consumer started', { topic: 'registrations.vacancy.v1' }, 'Consumer');

    expect(lines[0]).toMatchObject({ msg: 'consumer started', details: { topic: 'registrations.vacancy.v1' }, context: 'Consumer' });
  });
});

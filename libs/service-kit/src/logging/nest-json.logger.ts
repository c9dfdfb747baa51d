import type { LoggerService } from '@nestjs/common';
import type { Level } from 'pino';
import type { ServiceLogger } from './create-logger.js';

/** Routes Nest's own log calls (bootstrap, route mapping, unhandled exceptions) into the service's JSON logger. */
export class NestJsonLogger implements LoggerService {
  constructor(private readonly logger: ServiceLogger) {}

  log(message: unknown, ...optionalParams: unknown[]): void {
    this.write('info', message, optionalParams);
  }

  error(message: unknown, ...optionalParams: unknown[]): void {
    this.write('error', message, optionalParams);
  }

  warn(message: unknown, ...optionalParams: unknown[]): void {
    this.write('warn', message, optionalParams);
  }

  debug(message: unknown, ...optionalParams: unknown[]): void {
    this.write('debug', message, optionalParams);
  }

  verbose(message: unknown, ...optionalParams: unknown[]): void {
    this.write('trace', message, optionalParams);
  }

  fatal(message: unknown, ...optionalParams: unknown[]): void {
    this.write('fatal', message, optionalParams);
  }

  private write(level: Level, message: unknown, optionalParams: unknown[]): void {
    // Nest appends the logger's context (e.g. "RoutesResolver") as the last string argument,
    // and error() puts a stack string before it.
    const params = [...optionalParams];
    const fields: Record<string, unknown> = {};
    const last = params.at(-1);
    if (typeof last === 'string' && !looksLikeStack(last)) fields.context = params.pop();
    if (level === 'error' && typeof params[0] === 'string') fields.stack = params.shift();
    if (params.length > 0) fields.details = params.length === 1 ? params[0] : params;

    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ ...fields, ...message });
    } else {
      this.logger[level](fields, String(message));
    }
  }
}

function looksLikeStack(text: string): boolean {
  return /\n\s+at /.test(text);
}

import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ConfigError, type ConfigProblem } from './config.error.js';

type Env = Record<string, string | undefined>;

/**
 * Reads and validates a service's configuration from environment variables, once, at start.
 *
 * Values are converted from the declared property types (`PORT: number`). Note that
 * implicit conversion turns any non-empty string into `true` for a `boolean` property:
 * add an explicit `@Transform` for booleans. Variables without a validation decorator are
 * ignored, so the rest of the environment never leaks into the config object.
 */
export function loadConfig<T extends object>(ConfigClass: new () => T, env: Env = process.env): Readonly<T> {
  const config = plainToInstance(ConfigClass, { ...env }, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigError(errors.map((error) => describeProblem(error, env)));
  return Object.freeze(config);
}

function describeProblem(error: ValidationError, env: Env): ConfigProblem {
  const variable = error.property;
  // Decorators of one variable often share one message (IsInt + Min + Max); say it once.
  const messages = [...new Set(Object.values(error.constraints ?? {}))];
  const problem = messages.length > 0 ? messages.join('; ') : `${variable} is invalid`;
  return { variable, problem: `${problem} (${describeRawValue(variable, env[variable])})` };
}

const SECRET_NAME = /PASSWORD|SECRET|TOKEN|KEY/i;

// The message ends up in logs: never repeat a secret, including the password inside a URL.
function describeRawValue(variable: string, raw: string | undefined): string {
  if (raw === undefined) return 'not set';
  if (SECRET_NAME.test(variable)) return 'got a value that is not shown';
  return `got ${JSON.stringify(raw.replace(/(\/\/[^/@:]*:)[^@/]*@/, '$1***@'))}`;
}

import { IsOptional, IsString, MinLength, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { MIN_JWT_SECRET_LENGTH, type AuthOptions } from './auth.options.js';

// TypeScript only accepts a mixin base whose constructor takes `any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ConfigClass = new (...args: any[]) => object;

function IsJwksUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isJwksUrl',
      validator: {
        // Keys fetched over plain HTTP could be swapped on the way; only a local identity provider may use it.
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !URL.canParse(value)) return false;
          const { protocol, hostname } = new URL(value);
          return protocol === 'https:' || (protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname));
        },
        defaultMessage: () => '$property must be an https:// URL (http:// only for localhost)',
      },
    },
    options,
  );
}

function IsAbsentWhenSet(other: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAbsentWhenSet',
      constraints: [other],
      validator: {
        validate: (_value: unknown, args) => (args?.object as Record<string, unknown>)[other] === undefined,
        defaultMessage: () => `$property and ${other} must not both be set: choose one way to check tokens`,
      },
    },
    options,
  );
}

/**
 * Adds the token variables to a service's config class:
 * `class RegistrationsConfig extends withAuthConfig(BaseServiceConfig) { override PORT = 3101; }`.
 * JWT_SECRET (HS256) for local runs and tests, or JWT_JWKS_URL (RS256/ES256) in production; never both.
 */
export function withAuthConfig<TBase extends ConfigClass>(Base: TBase) {
  class WithAuthConfig extends Base {
    @ValidateIf((config: WithAuthConfig) => config.JWT_JWKS_URL === undefined || config.JWT_SECRET !== undefined)
    @IsString({ message: `$property must be at least ${MIN_JWT_SECRET_LENGTH} characters long unless JWT_JWKS_URL is set` })
    @MinLength(MIN_JWT_SECRET_LENGTH, { message: `$property must be at least ${MIN_JWT_SECRET_LENGTH} characters long unless JWT_JWKS_URL is set` })
    JWT_SECRET?: string;

    @IsOptional()
    @IsJwksUrl()
    @IsAbsentWhenSet('JWT_SECRET')
    JWT_JWKS_URL?: string;

    @IsOptional()
    @IsString()
    @MinLength(1, { message: '$property must not be empty when set' })
    JWT_ISSUER?: string;

    @IsOptional()
    @IsString()
    @MinLength(1, { message: '$property must not be empty when set' })
    JWT_AUDIENCE?: string;
  }
  return WithAuthConfig;
}

export interface AuthConfigFields {
  JWT_SECRET?: string;
  JWT_JWKS_URL?: string;
  JWT_ISSUER?: string;
  JWT_AUDIENCE?: string;
}

/** The options for AuthModule / ServiceKitModule's `auth` from a loaded config. */
export function authOptionsFromConfig(config: AuthConfigFields): AuthOptions {
  const options: AuthOptions = {};
  if (config.JWT_SECRET !== undefined) options.jwtSecret = config.JWT_SECRET;
  if (config.JWT_JWKS_URL !== undefined) options.jwksUrl = config.JWT_JWKS_URL;
  if (config.JWT_ISSUER !== undefined) options.issuer = config.JWT_ISSUER;
  if (config.JWT_AUDIENCE !== undefined) options.audience = config.JWT_AUDIENCE;
  return options;
}

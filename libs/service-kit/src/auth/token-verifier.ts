import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';
import { MIN_JWT_SECRET_LENGTH, type AuthOptions } from './auth.options.js';
import type { Principal } from './principal.js';
import { isRole } from './roles.js';
import { UnauthenticatedProblem } from './unauthenticated.problem.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Small clock differences between the identity provider and our pods must not reject fresh tokens.
const CLOCK_TOLERANCE_SECONDS = 5;

/** Throws a plain Error naming what is wrong: options come from configuration, checked at start. */
export function assertValidAuthOptions({ jwtSecret, jwksUrl }: AuthOptions): void {
  if (jwtSecret !== undefined && jwksUrl !== undefined) {
    throw new Error('Authentication needs either a JWT secret or a JWKS URL, not both');
  }
  if (jwtSecret === undefined && jwksUrl === undefined) {
    throw new Error('Authentication needs a JWT secret (HS256) or a JWKS URL (RS256/ES256)');
  }
  if (jwtSecret !== undefined && jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
    throw new Error(`The JWT secret must be at least ${MIN_JWT_SECRET_LENGTH} characters long`);
  }
  if (jwksUrl !== undefined && !URL.canParse(jwksUrl)) throw new Error(`The JWKS URL is not a URL: ${jwksUrl}`);
}

/** Checks bearer tokens and reads the caller from their claims. */
export class TokenVerifier {
  private readonly verifyToken: (token: string) => Promise<JWTPayload>;

  constructor(options: AuthOptions) {
    assertValidAuthOptions(options);
    const { jwtSecret, jwksUrl, issuer, audience } = options;
    const common: JWTVerifyOptions = {
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      ...(issuer === undefined ? {} : { issuer }),
      ...(audience === undefined ? {} : { audience }),
    };
    // A fixed algorithm list per kind of key: a token must never choose how it is checked (alg confusion, "none").
    if (jwtSecret !== undefined) {
      const secret = new TextEncoder().encode(jwtSecret);
      this.verifyToken = async (token) => (await jwtVerify(token, secret, { ...common, algorithms: ['HS256'] })).payload;
    } else {
      // Caches the keys and refetches on an unknown `kid`, so the identity provider can rotate its keys.
      const keySet: JWTVerifyGetKey = createRemoteJWKSet(new URL(jwksUrl!));
      this.verifyToken = async (token) => (await jwtVerify(token, keySet, { ...common, algorithms: ['RS256', 'ES256'] })).payload;
    }
  }

  /** Resolves to the caller, or rejects with UnauthenticatedProblem (401). */
  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      payload = await this.verifyToken(token);
    } catch (error) {
      // The key set unreachable, slow or malformed is our fault, not the caller's: a 500, logged.
      if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedProblem('The bearer token has expired', { invalidToken: true });
      if (error instanceof joseErrors.JOSEError) throw new UnauthenticatedProblem('The bearer token is not valid', { invalidToken: true });
      throw error;
    }
    return principalFromClaims(payload);
  }
}

/** The claims our identity provider issues: sub, roles, centre_id, organisation_id, volunteer_id. */
export function principalFromClaims(claims: JWTPayload): Principal {
  const invalid = (why: string) => new UnauthenticatedProblem(`The bearer token is not valid: ${why}`, { invalidToken: true });
  if (typeof claims.sub !== 'string' || claims.sub.length === 0) throw invalid('it has no subject');
  if (!Array.isArray(claims.roles)) throw invalid('it has no roles claim');
  // Roles of other applications in the same identity provider are ignored, never trusted.
  const principal: Principal = { subject: claims.sub, roles: [...new Set(claims.roles.filter(isRole))] };

  const centreId = optionalString(claims.centre_id, 'centre_id', invalid);
  // Row-level security casts the centre to uuid: a malformed one must fail here, as a 401, not later as a 500.
  if (centreId !== undefined && !UUID.test(centreId)) throw invalid('centre_id is not a UUID');
  if (centreId !== undefined) principal.centreId = centreId.toLowerCase();
  const organisationId = optionalString(claims.organisation_id, 'organisation_id', invalid);
  if (organisationId !== undefined) principal.organisationId = organisationId;
  const volunteerId = optionalString(claims.volunteer_id, 'volunteer_id', invalid);
  if (volunteerId !== undefined) principal.volunteerId = volunteerId;
  return principal;
}

function optionalString(value: unknown, claim: string, invalid: (why: string) => Error): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length === 0) throw invalid(`${claim} is not a non-empty string`);
  return value;
}

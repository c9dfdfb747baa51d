import { SignJWT } from 'jose';
import { MIN_JWT_SECRET_LENGTH } from './auth.options.js';
import type { Principal } from './principal.js';

export interface MintDevTokenOptions {
  /** The same secret the service verifies with (JWT_SECRET). */
  secret: string;
  /** jose's relative time: '8h', '15 minutes', or '-1h' for an already expired token in tests. */
  expiresIn?: string;
  issuer?: string;
  audience?: string;
}

/**
 * An HS256 token with our identity provider's claims, for local runs and tests. Production tokens
 * come from the identity provider and are checked against its JWKS, so these are useless there.
 */
export async function mintDevToken(
  principal: Principal,
  { secret, expiresIn = '8h', issuer, audience }: MintDevTokenOptions,
): Promise<string> {
  if (secret.length < MIN_JWT_SECRET_LENGTH) throw new Error(`The JWT secret must be at least ${MIN_JWT_SECRET_LENGTH} characters long`);
  const token = new SignJWT({
    roles: principal.roles,
    ...(principal.centreId === undefined ? {} : { centre_id: principal.centreId }),
    ...(principal.organisationId === undefined ? {} : { organisation_id: principal.organisationId }),
    ...(principal.volunteerId === undefined ? {} : { volunteer_id: principal.volunteerId }),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.subject)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (issuer !== undefined) token.setIssuer(issuer);
  if (audience !== undefined) token.setAudience(audience);
  return token.sign(new TextEncoder().encode(secret));
}

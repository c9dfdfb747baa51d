/** Give exactly one of jwtSecret (HS256, local runs and tests) and jwksUrl (RS256/ES256, production). */
export interface AuthOptions {
  /** Shared HS256 secret, at least 32 characters. */
  jwtSecret?: string;
  /** The identity provider's JSON Web Key Set. */
  jwksUrl?: string;
  /** Checked against the `iss` claim when set. */
  issuer?: string;
  /** Checked against the `aud` claim when set. */
  audience?: string;
}

export const MIN_JWT_SECRET_LENGTH = 32;

/** Inject with `@Inject(TOKEN_VERIFIER) verifier: TokenVerifier`. */
export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

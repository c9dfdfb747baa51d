// @ts-check
/**
 * The JWT secret `npm start` gives the services when JWT_SECRET is not set, and `npm run token`
 * signs with. For local runs only: production verifies tokens from the identity provider (JWKS).
 */
export const DEV_JWT_SECRET = 'local-development-only-secret-do-not-use-in-production';

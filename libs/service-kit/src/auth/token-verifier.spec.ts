import { errors as joseErrors, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mintDevToken } from './dev-token.js';
import type { Principal } from './principal.js';
import { TokenVerifier } from './token-verifier.js';
import { UnauthenticatedProblem } from './unauthenticated.problem.js';

const SECRET = 'test-secret-that-is-at-least-32-chars!';
const CENTRE = '0b9b6c1e-8f4a-4d55-9a7e-2f3c4d5e6f70';
const CONSULTANT: Principal = { subject: 'user-1', roles: ['consultant'], centreId: CENTRE };

async function hs256(claims: JWTPayload, secret = SECRET, expiresIn = '1h'): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(expiresIn).sign(new TextEncoder().encode(secret));
}

async function rejectionOf(verifier: TokenVerifier, token: string): Promise<UnauthenticatedProblem> {
  const error = await verifier.verify(token).then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof UnauthenticatedProblem)) throw new Error(`expected an UnauthenticatedProblem, got ${String(error)}`);
  return error;
}

describe('TokenVerifier with a shared secret (HS256)', () => {
  const verifier = new TokenVerifier({ jwtSecret: SECRET, issuer: 'https://id.vrijwilligers.example', audience: 'registrations' });
  const mint = (principal: Principal, overrides: { secret?: string; expiresIn?: string; issuer?: string; audience?: string } = {}) =>
    mintDevToken(principal, { secret: SECRET, issuer: 'https://id.vrijwilligers.example', audience: 'registrations', ...overrides });

  it('reads the principal from a valid token minted by mintDevToken', async () => {
    const principal: Principal = { subject: 'user-1', roles: ['organisation-coordinator', 'volunteer'], centreId: CENTRE, organisationId: 'org-7', volunteerId: 'vol-9' };

    expect(await verifier.verify(await mint(principal))).toEqual(principal);
  });

  it.each([
    ['expired', () => mint(CONSULTANT, { expiresIn: '-1h' }), 'The bearer token has expired'],
    ['signed with another secret', () => mint(CONSULTANT, { secret: 'another-secret-that-is-32-chars-long!!' }), 'The bearer token is not valid'],
    ['for another audience', () => mint(CONSULTANT, { audience: 'matching' }), 'The bearer token is not valid'],
    ['from another issuer', () => mint(CONSULTANT, { issuer: 'https://evil.example' }), 'The bearer token is not valid'],
    ['without a roles claim', () => hs256({ sub: 'user-1', iss: 'https://id.vrijwilligers.example', aud: 'registrations' }), 'The bearer token is not valid: it has no roles claim'],
    ['with roles that are not a list', () => hs256({ sub: 'user-1', roles: 'consultant', iss: 'https://id.vrijwilligers.example', aud: 'registrations' }), 'The bearer token is not valid: it has no roles claim'],
    ['without a subject', () => hs256({ roles: ['consultant'], iss: 'https://id.vrijwilligers.example', aud: 'registrations' }), 'The bearer token is not valid: it has no subject'],
    [
      'with a centre that is not a UUID',
      () => hs256({ sub: 'u', roles: ['consultant'], centre_id: "x' OR 1=1", iss: 'https://id.vrijwilligers.example', aud: 'registrations' }),
      'The bearer token is not valid: centre_id is not a UUID',
    ],
    ['unsigned (alg none)', async () => `${b64({ alg: 'none' })}.${b64({ sub: 'u', roles: ['consortium-admin'] })}.`, 'The bearer token is not valid'],
    ['that is not a JWT at all', async () => 'not-a-token', 'The bearer token is not valid'],
  ])('refuses a token %s with a 401 problem', async (_case, token, detail) => {
    const problem = await rejectionOf(verifier, await token());

    expect(problem).toMatchObject({ status: 401, slug: 'unauthenticated', detail });
    expect(problem.headers['WWW-Authenticate']).toBe('Bearer error="invalid_token"');
  });

  it('keeps only the roles it knows, so roles of other applications grant nothing', async () => {
    const token = await hs256({ sub: 'user-1', roles: ['volunteer', 'superuser', 42, 'volunteer'], iss: 'https://id.vrijwilligers.example', aud: 'registrations' });

    expect((await verifier.verify(token)).roles).toEqual(['volunteer']);
  });

  it('accepts an empty roles list: authenticated, but passing no @Roles() check', async () => {
    expect(await verifier.verify(await mint({ subject: 'user-2', roles: [] }))).toEqual({ subject: 'user-2', roles: [] });
  });

  it('checks no issuer or audience when none is configured', async () => {
    const lenient = new TokenVerifier({ jwtSecret: SECRET });

    expect((await lenient.verify(await mint(CONSULTANT, { audience: 'anything', issuer: 'anyone' }))).subject).toBe('user-1');
  });
});

describe('TokenVerifier with a JWKS URL (production)', () => {
  let server: Server;
  let jwksUrl: string;
  let signingKeys: Record<'RS256' | 'ES256', CryptoKey>;

  beforeAll(async () => {
    const rsa = await generateKeyPair('RS256');
    const ec = await generateKeyPair('ES256');
    signingKeys = { RS256: rsa.privateKey, ES256: ec.privateKey };
    const keys = [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    server = createServer((_request, response) => {
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it.each([
    ['RS256', 'rsa-1'],
    ['ES256', 'ec-1'],
  ] as const)('accepts a %s token signed by a key of the set', async (alg, kid) => {
    const verifier = new TokenVerifier({ jwksUrl, audience: 'registrations' });
    const token = await new SignJWT({ roles: ['centre-admin'], centre_id: CENTRE })
      .setProtectedHeader({ alg, kid })
      .setSubject('admin-1')
      .setAudience('registrations')
      .setExpirationTime('5m')
      .sign(signingKeys[alg]);

    expect(await verifier.verify(token)).toEqual({ subject: 'admin-1', roles: ['centre-admin'], centreId: CENTRE });
  });

  it('refuses an HS256 token, whatever secret signed it: the key set decides the algorithms', async () => {
    const verifier = new TokenVerifier({ jwksUrl });

    expect(await rejectionOf(verifier, await hs256({ sub: 'u', roles: ['consortium-admin'] }))).toMatchObject({ status: 401 });
  });

  it('refuses a token signed by a key outside the set', async () => {
    const verifier = new TokenVerifier({ jwksUrl });
    const stranger = await generateKeyPair('ES256');
    const token = await new SignJWT({ roles: ['consortium-admin'] }).setProtectedHeader({ alg: 'ES256', kid: 'ec-1' }).setSubject('u').setExpirationTime('5m').sign(stranger.privateKey);

    expect(await rejectionOf(verifier, token)).toMatchObject({ status: 401, detail: 'The bearer token is not valid' });
  });
});

describe('TokenVerifier when the key set itself fails', () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      response.setHeader('Content-Type', 'application/json');
      response.end(request.url === '/garbage' ? '{"keys": "not a list"}' : '{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const anyRs256Token = async () => {
    const { privateKey } = await generateKeyPair('RS256');
    return new SignJWT({ roles: [] }).setProtectedHeader({ alg: 'RS256', kid: 'k' }).setSubject('u').setExpirationTime('5m').sign(privateKey);
  };

  const failureOf = async (jwksUrl: string) => new TokenVerifier({ jwksUrl }).verify(await anyRs256Token()).catch((rejection: unknown) => rejection);

  it('fails as a server fault, not a 401, when the JWKS endpoint serves something that is not a key set', async () => {
    const error = await failureOf(`${baseUrl}/garbage`);

    expect(error).toBeInstanceOf(joseErrors.JWKSInvalid);
    expect(error).not.toBeInstanceOf(UnauthenticatedProblem);
  });

  it('fails as a server fault, not a 401, when the JWKS endpoint is not listening', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/jwks`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const error = await failureOf(deadUrl);

    // Node's fetch fails with a TypeError from outside Jest's module realm, so match its message rather than its class.
    expect(error).toMatchObject({ message: 'fetch failed' });
    expect(error).not.toBeInstanceOf(UnauthenticatedProblem);
  });
});

describe('TokenVerifier options', () => {
  it.each([
    [{}, 'Authentication needs a JWT secret (HS256) or a JWKS URL (RS256/ES256)'],
    [{ jwtSecret: SECRET, jwksUrl: 'https://id.example/jwks' }, 'Authentication needs either a JWT secret or a JWKS URL, not both'],
    [{ jwtSecret: 'short' }, 'The JWT secret must be at least 32 characters long'],
    [{ jwksUrl: 'not a url' }, 'The JWKS URL is not a URL: not a url'],
  ])('refuses %j at construction', (options, message) => {
    expect(() => new TokenVerifier(options)).toThrow(message);
  });
});

describe('mintDevToken', () => {
  it('refuses a secret shorter than 32 characters', async () => {
    await expect(mintDevToken(CONSULTANT, { secret: 'short' })).rejects.toThrow('at least 32 characters');
  });
});

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

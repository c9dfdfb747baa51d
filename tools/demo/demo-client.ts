// What every service's demo seed needs: tokens for a role and an HTTP client for a service's API.
// `npm start` passes each service's address as <NAME>_URL and the development JWT secret.
import { mintDevToken, type Role } from '@vc/service-kit';

export function demoSecret(): string {
  const secret = process.env.JWT_SECRET;
  if (!secret) throw new Error('JWT_SECRET is required');
  return secret;
}

export async function demoToken(
  role: Role,
  claims: { centreId?: string; organisationId?: string; subject?: string } = {},
): Promise<string> {
  return mintDevToken({ subject: `demo-${role}`, roles: [role], ...claims }, { secret: demoSecret() });
}

export interface DemoClient {
  base: string;
  call<T>(method: string, path: string, auth: string | null, body?: unknown): Promise<T>;
}

/** A client for one service, e.g. `demoClient('matching')` talks to MATCHING_URL. */
export function demoClient(service: string): DemoClient {
  const base = process.env[`${service.toUpperCase()}_URL`];
  if (!base) throw new Error(`${service.toUpperCase()}_URL is not set`);
  return {
    base,
    async call<T>(method: string, path: string, auth: string | null, body?: unknown): Promise<T> {
      const response = await fetch(base + path, {
        method,
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}

import type { Role } from './roles.js';

/** Who is calling, from a verified bearer token. */
export interface Principal {
  subject: string;
  roles: Role[];
  centreId?: string;
  organisationId?: string;
  volunteerId?: string;
}

/** What AuthGuard leaves on the request for @CurrentPrincipal() and the idempotency scope. */
export interface RequestWithPrincipal {
  principal?: Principal;
}

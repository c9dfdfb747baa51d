import type { Principal } from '@vc/service-kit';
import { CENTRE_STAFF, organisationAccessOf, type OrganisationAccess } from '../organisations/organisation-access.js';

export type CentreAccess = OrganisationAccess & { scope: { centreId: string } };

/**
 * Who may change vacancies: centre staff, any of their centre's; an organisation coordinator, only
 * their own organisation's. Always within the caller's centre, never consortium-wide.
 */
export function centreAccessOf(principal: Principal): CentreAccess {
  return organisationAccessOf(principal, CENTRE_STAFF) as CentreAccess;
}

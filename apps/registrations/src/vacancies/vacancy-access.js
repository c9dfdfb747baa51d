import { CENTRE_STAFF, organisationAccessOf } from '../organisations/organisation-access.js';
/**
 * Who may change vacancies: centre staff, any of their centre's; an organisation coordinator, only
 * their own organisation's. Always within the caller's centre, never consortium-wide.
 */
export function centreAccessOf(principal) {
    return organisationAccessOf(principal, CENTRE_STAFF);
}
//# sourceMappingURL=vacancy-access.js.map
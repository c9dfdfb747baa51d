import { NotFoundProblem, runInTenant, type Principal } from '@vc/service-kit';
import type { DataSource } from 'typeorm';
import { has, isStaff } from '../shared/roles.js';
import { tenantScopeOf } from '../tenancy/tenant-scope.js';

export interface EnrolmentRef {
  id: string;
  centreId: string;
  sessionId: string;
}

/**
 * Finds an enrolment the caller may act on: staff of either centre involved, the coordinator whose
 * organisation enrolled the person, or the volunteer themself. Anything else is a 404.
 */
export async function findEnrolmentFor(dataSource: DataSource, principal: Principal, id: string): Promise<EnrolmentRef> {
  const [row] = await runInTenant(dataSource, tenantScopeOf(principal), (manager) =>
    manager.query(`SELECT id, centre_id, session_id, volunteer_id, organisation_id FROM enrolment WHERE id = $1`, [id]),
  );
  const allowed =
    row &&
    (isStaff(principal) ||
      has(principal, 'consortium-admin') ||
      (has(principal, 'organisation-coordinator') && row.organisation_id !== null && row.organisation_id === principal.organisationId) ||
      (has(principal, 'volunteer') && row.volunteer_id !== null && row.volunteer_id === principal.volunteerId));
  if (!allowed) throw new NotFoundProblem('Enrolment', id);
  return { id: row.id, centreId: row.centre_id, sessionId: row.session_id };
}

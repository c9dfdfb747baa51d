import { NotFoundProblem, runInTenant, type Principal } from '@vc/service-kit';
import type { DataSource } from 'typeorm';
import { has, isStaff } from '../shared/roles.js';
import { tenantScopeOf } from '../tenancy/tenant-scope.js';

/** Volunteers see their own certificates; staff those of either centre involved. */
export function certificateFilter(principal: Principal): { volunteerId: string | null } {
  if (isStaff(principal) || has(principal, 'consortium-admin')) return { volunteerId: null };
  if (!principal.volunteerId) throw new NotFoundProblem('Certificate for', principal.subject);
  return { volunteerId: principal.volunteerId };
}

export async function queryCertificates<T>(dataSource: DataSource, principal: Principal, sql: string, parameters: unknown[]): Promise<T[]> {
  const { volunteerId } = certificateFilter(principal);
  return runInTenant(dataSource, tenantScopeOf(principal), (manager) => manager.query(sql, [...parameters, volunteerId]));
}

import type { Principal, Role } from '@vc/service-kit';

/** Centre staff who run courses: they manage courses, sessions, attendance and the knowledge base. */
export const STAFF = ['centre-admin', 'consultant', 'trainer'] as const satisfies readonly Role[];

export function isStaff(principal: Principal): boolean {
  return principal.roles.some((role) => (STAFF as readonly Role[]).includes(role));
}

export function has(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}

/** Every role the consortium's identity provider issues (DESIGN.md, Security). */
export const ROLES = [
  'consortium-admin',
  'centre-admin',
  'consultant',
  'organisation-coordinator',
  'volunteer',
  'referrer',
  'school-coordinator',
  'business-contact',
  'trainer',
  'municipality-viewer',
  'integrator',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

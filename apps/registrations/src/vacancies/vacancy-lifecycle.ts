import { InvalidTransitionProblem } from '@vc/service-kit';
import type { VacancyStatus } from './vacancy.entity.js';

/**
 * draft → published → filled | closed | expired. A filled vacancy may be published again (a place
 * came free) or closed; closed and expired are final. Expiry is the scheduler's, never a request's.
 */
export type VacancyAction = 'publish' | 'fill' | 'close' | 'expire';

export const TARGET_STATUS: Readonly<Record<VacancyAction, VacancyStatus>> = {
  publish: 'published',
  fill: 'filled',
  close: 'closed',
  expire: 'expired',
};

const ALLOWED_FROM: Readonly<Record<VacancyAction, readonly VacancyStatus[]>> = {
  publish: ['draft', 'filled'],
  fill: ['published'],
  close: ['published', 'filled'],
  expire: ['published'],
};

/** Statuses in which the text, requirements and times may still change. */
export const EDITABLE_STATUSES: readonly VacancyStatus[] = ['draft', 'published', 'filled'];

/** The status `action` leads to from `from`, or a 409 invalid-transition problem. */
export function nextVacancyStatus(from: VacancyStatus, action: VacancyAction): VacancyStatus {
  const to = TARGET_STATUS[action];
  if (!ALLOWED_FROM[action].includes(from)) throw new InvalidTransitionProblem(from, to);
  return to;
}

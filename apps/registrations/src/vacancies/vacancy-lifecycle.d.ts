import type { VacancyStatus } from './vacancy.entity.js';
/**
 * draft → published → filled | closed | expired. A filled vacancy may be published again (a place
 * came free) or closed; closed and expired are final. Expiry is the scheduler's, never a request's.
 */
export type VacancyAction = 'publish' | 'fill' | 'close' | 'expire';
export declare const TARGET_STATUS: Readonly<Record<VacancyAction, VacancyStatus>>;
/** Statuses in which the text, requirements and times may still change. */
export declare const EDITABLE_STATUSES: readonly VacancyStatus[];
/** The status `action` leads to from `from`, or a 409 invalid-transition problem. */
export declare function nextVacancyStatus(from: VacancyStatus, action: VacancyAction): VacancyStatus;
//# sourceMappingURL=vacancy-lifecycle.d.ts.map
import type { VacancySnapshotV1, VacancyStatus } from '@vc/contracts';
import type { Vacancy } from './vacancy.entity.js';
/** The payload of every vacancy event: the contract's snapshot with the status the event announces. */
export type VacancyEventPayload<S extends Exclude<VacancyStatus, 'draft'>> = Omit<VacancySnapshotV1, 'status'> & {
    status: S;
};
/**
 * The vacancy as its events carry it, after the fact. Contract rules: a column that is NULL is left
 * out (never sent as null), times are HH:MM, and only the postcode area (PC4) leaves the service.
 */
export declare function vacancyEventPayload<S extends Exclude<VacancyStatus, 'draft'>>(vacancy: Vacancy, status: S): VacancyEventPayload<S>;
//# sourceMappingURL=vacancy-events.d.ts.map
import { CefrLevel, Day, DayPart, VacancyKind, type VacancyStatus } from '@vc/contracts';
export declare const VACANCY_KINDS: readonly VacancyKind[];
export declare const CEFR_LEVELS: readonly CefrLevel[];
export declare const DAYS: readonly Day[];
export declare const DAY_PARTS: readonly DayPart[];
export declare const VACANCY_STATUSES: readonly VacancyStatus[];
/** Kinds with a weekly rhythm (availability, hours, start and end dates); a one-off has its day and times instead. */
export declare const ONGOING_KINDS: readonly VacancyKind[];
/** The calendar date in the Netherlands at `now` (YYYY-MM-DD): vacancies end at Dutch midnight. */
export { todayInAmsterdam } from '@vc/service-kit';
/** PostgreSQL gives `time` columns as HH:MM:SS; the API and the events speak HH:MM. */
export declare function toLocalTime(value: string | null): string | null;
//# sourceMappingURL=vacancy-values.d.ts.map
import { CefrLevel, Day, DayPart, VacancyKind } from '@vc/contracts';
export const VACANCY_KINDS = Object.values(VacancyKind);
export const CEFR_LEVELS = Object.values(CefrLevel);
export const DAYS = Object.values(Day);
export const DAY_PARTS = Object.values(DayPart);
export const VACANCY_STATUSES = ['draft', 'published', 'filled', 'closed', 'expired'];
/** Kinds with a weekly rhythm (availability, hours, start and end dates); a one-off has its day and times instead. */
export const ONGOING_KINDS = ['structural', 'help-request'];
/** The calendar date in the Netherlands at `now` (YYYY-MM-DD): vacancies end at Dutch midnight. */
export { todayInAmsterdam } from '@vc/service-kit';
/** PostgreSQL gives `time` columns as HH:MM:SS; the API and the events speak HH:MM. */
export function toLocalTime(value) {
    return value === null ? null : value.slice(0, 5);
}
//# sourceMappingURL=vacancy-values.js.map
import { CefrLevel, Day, DayPart, VacancyKind, type VacancyStatus } from '@vc/contracts';

export const VACANCY_KINDS: readonly VacancyKind[] = Object.values(VacancyKind);
export const CEFR_LEVELS: readonly CefrLevel[] = Object.values(CefrLevel);
export const DAYS: readonly Day[] = Object.values(Day);
export const DAY_PARTS: readonly DayPart[] = Object.values(DayPart);
export const VACANCY_STATUSES: readonly VacancyStatus[] = ['draft', 'published', 'filled', 'closed', 'expired'];

/** Kinds with a weekly rhythm (availability, hours, start and end dates); a one-off has its day and times instead. */
export const ONGOING_KINDS: readonly VacancyKind[] = ['structural', 'help-request'];

/** The calendar date in the Netherlands at `now` (YYYY-MM-DD): vacancies end at Dutch midnight. */
export { todayInAmsterdam } from '@vc/service-kit';

/** PostgreSQL gives `time` columns as HH:MM:SS; the API and the events speak HH:MM. */
export function toLocalTime(value: string | null): string | null {
  return value === null ? null : value.slice(0, 5);
}

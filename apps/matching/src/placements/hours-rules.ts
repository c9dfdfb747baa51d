import type { FieldError } from '@vc/service-kit';

/** Hours are logged in quarters of an hour, at most a day's worth per entry. */
export const HOURS_STEP = 0.25;
export const MAX_HOURS_PER_DAY = 24;

export interface HoursLogContext {
  /** Today in Europe/Amsterdam. */
  today: string;
  /** First day of the placement. */
  startedOn: string;
  /** Hours already logged on the same day for the same placement. */
  alreadyLoggedThatDay: number;
}

/**
 * What is wrong with a new logbook entry, one entry per field (empty when it may be stored):
 * whole quarters, no future days, nothing before the placement began, at most 24 hours a day.
 */
export function hoursEntryProblems(entry: { workedOn: string; hours: number }, context: HoursLogContext): FieldError[] {
  const problems: FieldError[] = [];
  if (entry.workedOn > context.today) problems.push({ field: 'workedOn', messages: ['workedOn must not be in the future'] });
  else if (entry.workedOn < context.startedOn) {
    problems.push({ field: 'workedOn', messages: [`workedOn must not be before the placement started (${context.startedOn})`] });
  }
  if (!Number.isInteger(entry.hours / HOURS_STEP)) problems.push({ field: 'hours', messages: ['hours must be whole quarters of an hour'] });
  else if (context.alreadyLoggedThatDay + entry.hours > MAX_HOURS_PER_DAY) {
    problems.push({ field: 'hours', messages: [`hours on ${entry.workedOn} would exceed ${MAX_HOURS_PER_DAY} in total`] });
  }
  return problems;
}

export interface SignOffState {
  mas: boolean;
  status: 'active' | 'completed';
  requiredHours: number | null;
  confirmedHours: number;
}

/**
 * Why a school coordinator cannot sign this placement off yet, or null when they can: only a MaS
 * placement, once, and only when the organisation confirmed at least the required hours.
 */
export function signOffRefusal(placement: SignOffState): string | null {
  if (!placement.mas) return 'Only a maatschappelijke stage placement is signed off by a school';
  if (placement.status === 'completed') return 'This placement was signed off already';
  const required = placement.requiredHours ?? 0;
  if (placement.confirmedHours < required) {
    return `${placement.confirmedHours} of the required ${required} hours are confirmed`;
  }
  return null;
}

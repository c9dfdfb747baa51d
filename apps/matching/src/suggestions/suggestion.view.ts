import type { ExplainedComponent } from './scoring/scoring.js';

export interface VacancySuggestionView {
  vacancyId: string;
  title: string;
  kind: string;
  organisationId: string;
  /** Null until the organisation's event has arrived. */
  organisationName: string | null;
  centreId: string;
  /** Soft score in [0, 1]. */
  score: number;
  /** Null for remote work. */
  distanceKm: number | null;
  /** Every component's score, contribution and reason ("3 van 4 gevraagde vaardigheden", "6 km"). */
  components: ExplainedComponent[];
}

export interface VolunteerSuggestionsView {
  volunteerId: string;
  /** Paused and left volunteers get no suggestions. */
  volunteerStatus: string;
  suggestions: VacancySuggestionView[];
}

export interface VolunteerSuggestionView {
  /** Pseudonymous id; names and contact data are in the registrations service. */
  volunteerId: string;
  centreId: string;
  score: number;
  distanceKm: number | null;
  components: ExplainedComponent[];
}

export interface VacancySuggestionsView {
  vacancyId: string;
  /** Filled, closed and expired vacancies get no suggestions. */
  vacancyStatus: string;
  suggestions: VolunteerSuggestionView[];
}

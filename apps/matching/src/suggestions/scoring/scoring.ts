import { DAYS, PARTS, type MatchVacancy, type MatchVolunteer } from './match-profiles.js';

/*
 * Whether a volunteer and a vacancy fit, and how well: pure and deterministic (the same inputs give
 * the same answer), so the in-memory index, the naive baseline and the tests all use this module.
 * Explanations are in Dutch, the language of the centres' consultants.
 */

export type HardFilter =
  | 'not-open'
  | 'not-active'
  | 'centre'
  | 'distance'
  | 'minimum-age'
  | 'vog'
  | 'dutch-level'
  | 'availability'
  | 'places'
  | 'past';

export const COMPONENTS = ['skills', 'interests', 'distance', 'availability', 'suitability'] as const;
export type Component = (typeof COMPONENTS)[number];

export type Weights = Record<Component, number>;

export const DEFAULT_WEIGHTS: Weights = { skills: 0.3, interests: 0.2, distance: 0.2, availability: 0.2, suitability: 0.1 };

export interface MatchContext {
  /** Today in Europe/Amsterdam, `YYYY-MM-DD`. */
  today: string;
  /** Whether a centre offers its vacancies to the region's other centres. */
  sharesVacancies: (centreId: string) => boolean;
  /** Kilometres between two postcode areas; undefined when either is unknown. */
  distanceKm: (from: string, to: string) => number | undefined;
}

/** The day the work starts: a VOG must still be valid then. */
export function startDateOf(vacancy: MatchVacancy, today: string): string {
  if (vacancy.activityDate !== null) return vacancy.activityDate;
  return vacancy.startsOn !== null && vacancy.startsOn > today ? vacancy.startsOn : today;
}

/**
 * The first hard filter the pair fails, or null when it passes them all. `distance` is passed in
 * when the caller already knows it (the index computes it once per area).
 */
export function failedFilter(
  volunteer: MatchVolunteer,
  vacancy: MatchVacancy,
  context: MatchContext,
  distance: number | undefined = undefined,
): HardFilter | null {
  if (!vacancy.open) return 'not-open';
  if (!volunteer.active) return 'not-active';
  if (vacancy.centreId !== volunteer.centreId && (volunteer.regionId !== vacancy.regionId || !context.sharesVacancies(vacancy.centreId))) {
    return 'centre';
  }
  const closed = closedFilter(vacancy, context.today);
  if (closed !== null) return closed;
  if (vacancy.availabilityMask !== 0 && (volunteer.availabilityMask & vacancy.availabilityMask) === 0) return 'availability';
  if (vacancy.minimumAge !== null && vacancy.minimumAge > 0 && (volunteer.ageFloor === null || volunteer.ageFloor < vacancy.minimumAge)) {
    return 'minimum-age';
  }
  if (vacancy.dutchRank > volunteer.dutchRank) return 'dutch-level';
  if (vacancy.vogRequired && (volunteer.vogValidUntil === null || volunteer.vogValidUntil < startDateOf(vacancy, context.today))) {
    return 'vog';
  }
  if (!vacancy.remote) {
    const km = distance ?? travelDistance(volunteer, vacancy, context);
    if (km === undefined || km > volunteer.travelRadiusKm) return 'distance';
  }
  return null;
}

/** The filters that rule a vacancy out for everyone: its day or end date has passed, or no places are left. */
export function closedFilter(vacancy: MatchVacancy, today: string): 'past' | 'places' | null {
  if (vacancy.activityDate !== null ? vacancy.activityDate < today : vacancy.endsOn !== null && vacancy.endsOn < today) return 'past';
  if (vacancy.placesLeft !== null && vacancy.placesLeft <= 0) return 'places';
  return null;
}

export function travelDistance(volunteer: MatchVolunteer, vacancy: MatchVacancy, context: MatchContext): number | undefined {
  if (volunteer.postcodeArea === null || vacancy.postcodeArea === null) return undefined;
  return context.distanceKm(volunteer.postcodeArea, vacancy.postcodeArea);
}

/** Each component's score in [0, 1], before weighting. */
export type ComponentScores = Record<Component, number>;

/** Bits set in a 32-bit mask, in constant time (the index counts them for every candidate it scans). */
export function bitCount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return Math.imul((m + (m >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function skillsMatched(volunteer: MatchVolunteer, vacancy: MatchVacancy): number {
  let matched = 0;
  for (const skill of vacancy.skills) if (volunteer.skills.includes(skill)) matched++;
  return matched;
}

/** The volunteer's wishes a vacancy can be suited to, as bits (the index keeps them per volunteer). */
export const SUITABILITY_STUDENT = 1;
export const SUITABILITY_GUIDANCE = 2;
export const SUITABILITY_NEWCOMER = 4;

export function suitabilityFlagsOf(volunteer: MatchVolunteer): number {
  return (
    (volunteer.isStudent ? SUITABILITY_STUDENT : 0) |
    (volunteer.needsGuidance ? SUITABILITY_GUIDANCE : 0) |
    // Little Dutch (A1, A2) is the only sign of a newcomer matching may see.
    (volunteer.dutchRank > 0 && volunteer.dutchRank <= 2 ? SUITABILITY_NEWCOMER : 0)
  );
}

/** The same bits for the wishes a vacancy is suited to. */
export function suitedFlagsOf(vacancy: MatchVacancy): number {
  return (
    (vacancy.suitableForStudents ? SUITABILITY_STUDENT : 0) |
    (vacancy.suitableWithGuidance ? SUITABILITY_GUIDANCE : 0) |
    (vacancy.suitableForNewcomers ? SUITABILITY_NEWCOMER : 0)
  );
}

/** The suitability component: the share of the volunteer's wishes (`flags`) the vacancy is suited to (`suited`); 1 for none. */
export function suitabilityShare(flags: number, suited: number): number {
  const wishes = flags & (SUITABILITY_STUDENT | SUITABILITY_GUIDANCE | SUITABILITY_NEWCOMER);
  return wishes === 0 ? 1 : bitCount(wishes & suited) / bitCount(wishes);
}

/** The distance component: 1 next door (or remote), falling to 0 at the volunteer's travel radius. */
export function distanceScoreOf(remote: boolean, distance: number | undefined, travelRadiusKm: number): number {
  return remote || distance === undefined ? 1 : travelRadiusKm <= 0 ? 1 : Math.max(0, 1 - distance / travelRadiusKm);
}

/**
 * The highest total a pair can reach when its skills, interests, distance (and availability)
 * components are at most these (the rest at their maximum, 1). The same operations in the same order
 * as `totalScore`, so with weights of at least 0 it is never below a real pair's total, not even in
 * the last bit: the index skips candidates whose bound is below the current 20th score. Positional
 * and without allocation, since a query computes thousands.
 */
export function scoreUpperBound(skills: number, interests: number, distance: number, weights: Weights, availability = 1): number {
  let sum = 0;
  sum += skills * weights.skills;
  sum += interests * weights.interests;
  sum += distance * weights.distance;
  sum += availability * weights.availability;
  sum += 1 * weights.suitability;
  let weightSum = 0;
  weightSum += weights.skills;
  weightSum += weights.interests;
  weightSum += weights.distance;
  weightSum += weights.availability;
  weightSum += weights.suitability;
  return weightSum === 0 ? 0 : sum / weightSum;
}

/** Scores of a pair that passed the hard filters; `distance` is undefined only for remote work. */
export function componentScores(volunteer: MatchVolunteer, vacancy: MatchVacancy, distance: number | undefined): ComponentScores {
  const skills = vacancy.skills.length === 0 ? 1 : skillsMatched(volunteer, vacancy) / vacancy.skills.length;
  const interests = volunteer.interests.includes(vacancy.sector) ? 1 : 0;
  const distanceScore = distanceScoreOf(vacancy.remote, distance, volunteer.travelRadiusKm);
  const availability =
    vacancy.availabilityMask === 0 ? 1 : bitCount(volunteer.availabilityMask & vacancy.availabilityMask) / bitCount(vacancy.availabilityMask);
  return { skills, interests, distance: distanceScore, availability, suitability: suitabilityShare(suitabilityFlagsOf(volunteer), suitedFlagsOf(vacancy)) };
}

/** The soft score in [0, 1]: the weighted mean of the components (weights divided by their sum). */
export function totalScore(scores: ComponentScores, weights: Weights): number {
  return weightedTotal(scores.skills, scores.interests, scores.distance, scores.availability, scores.suitability, weights);
}

/**
 * totalScore of components given one by one, in COMPONENTS' order: the index scores candidates
 * from packed integers through this, and must reach the very same number, to the last bit.
 */
export function weightedTotal(skills: number, interests: number, distance: number, availability: number, suitability: number, weights: Weights): number {
  let sum = 0;
  let weightSum = 0;
  sum += skills * weights.skills;
  weightSum += weights.skills;
  sum += interests * weights.interests;
  weightSum += weights.interests;
  sum += distance * weights.distance;
  weightSum += weights.distance;
  sum += availability * weights.availability;
  weightSum += weights.availability;
  sum += suitability * weights.suitability;
  weightSum += weights.suitability;
  return weightSum === 0 ? 0 : sum / weightSum;
}

export interface ExplainedComponent {
  component: Component;
  /** The component's own score in [0, 1]. */
  score: number;
  /** What it adds to the total: score x weight / sum of weights. */
  contribution: number;
  explanation: string;
}

const DAY_NAMES: Record<(typeof DAYS)[number], string> = {
  monday: 'maandag',
  tuesday: 'dinsdag',
  wednesday: 'woensdag',
  thursday: 'donderdag',
  friday: 'vrijdag',
  saturday: 'zaterdag',
  sunday: 'zondag',
};
const PART_NAMES: Record<(typeof PARTS)[number], string> = { morning: 'ochtend', afternoon: 'middag', evening: 'avond' };
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "a", "a en b", "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/**
 * Slots in the words a consultant uses, grouped by part of the day: "dinsdag- en donderdagavond",
 * "maandagochtend en woensdagmiddag".
 */
export function describeSlots(mask: number): string {
  const groups: Array<{ firstDay: number; words: string }> = [];
  PARTS.forEach((part, p) => {
    const dayIndexes = DAYS.map((_, d) => d).filter((d) => (mask & (1 << (d * 3 + p))) !== 0);
    if (dayIndexes.length === 0) return;
    const days = dayIndexes.map((d) => DAY_NAMES[DAYS[d]!]);
    const last = days.pop()!;
    const words = days.length === 0 ? `${last}${PART_NAMES[part]}` : dutchList([...days.map((d) => `${d}-`), `${last}${PART_NAMES[part]}`]);
    groups.push({ firstDay: dayIndexes[0]!, words });
  });
  // In week order, as people say it: "dinsdagavond en zaterdagochtend".
  return dutchList(groups.sort((a, b) => a.firstDay - b.firstDay).map((g) => g.words));
}

export function describeKm(km: number): string {
  return km < 1 ? 'minder dan 1 km' : `${Math.round(km)} km`;
}

function describeDate(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return `${Number(day)} ${MONTHS[(month ?? 1) - 1]}`;
}

function explainSuitability(volunteer: MatchVolunteer, vacancy: MatchVacancy): string {
  const parts: string[] = [];
  if (volunteer.isStudent) parts.push(vacancy.suitableForStudents ? 'geschikt voor een maatschappelijke stage' : 'niet ingericht op MaS-leerlingen');
  if (volunteer.needsGuidance) parts.push(vacancy.suitableWithGuidance ? 'begeleiding mogelijk' : 'geen begeleiding mogelijk');
  if (volunteer.dutchRank > 0 && volunteer.dutchRank <= 2) {
    parts.push(vacancy.suitableForNewcomers ? 'geschikt met weinig Nederlands' : 'vraagt meer Nederlands');
  }
  return parts.length === 0 ? 'geen bijzondere wensen' : dutchList(parts);
}

/** Every component with its contribution and its reason in words, in a fixed order. */
export function explain(
  volunteer: MatchVolunteer,
  vacancy: MatchVacancy,
  distance: number | undefined,
  weights: Weights,
): ExplainedComponent[] {
  const scores = componentScores(volunteer, vacancy, distance);
  const weightSum = COMPONENTS.reduce((sum, c) => sum + weights[c], 0) || 1;
  const overlap = volunteer.availabilityMask & vacancy.availabilityMask;
  const words: Record<Component, string> = {
    skills:
      vacancy.skills.length === 0
        ? 'geen vaardigheden gevraagd'
        : `${skillsMatched(volunteer, vacancy)} van ${vacancy.skills.length} gevraagde vaardigheden`,
    interests: volunteer.interests.includes(vacancy.sector) ? `interesse in ${vacancy.sector}` : `${vacancy.sector} hoort niet bij de interesses`,
    distance: vacancy.remote || distance === undefined ? 'op afstand' : describeKm(distance),
    availability:
      vacancy.availabilityMask === 0
        ? 'tijden in overleg'
        : vacancy.activityDate !== null
          ? `vrij op ${describeSlots(overlap)} ${describeDate(vacancy.activityDate)}`
          : describeSlots(overlap),
    suitability: explainSuitability(volunteer, vacancy),
  };
  return COMPONENTS.map((component) => ({
    component,
    score: round(scores[component]),
    contribution: round((scores[component] * weights[component]) / weightSum),
    explanation: words[component],
  }));
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

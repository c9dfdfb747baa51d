import type { BeursvloerCategory } from '@vc/contracts';

/** What suggestions need of an offer, with its business's sector and place. */
export interface OfferForSuggestion {
  id: string;
  category: BeursvloerCategory;
  skills: string[];
  sector: string;
  postcodeArea: string | null;
  availableFrom: string | null;
  availableUntil: string | null;
}

/** What suggestions need of a need, with its organisation's sector and place. */
export interface NeedForSuggestion {
  id: string;
  category: BeursvloerCategory;
  skills: string[];
  sector: string;
  postcodeArea: string | null;
  neededBy: string | null;
}

/** One part of a score and why, in the words a consultant reads ("zelfde categorie", "6 km"). */
export interface SuggestionReason {
  factor: 'category' | 'skills' | 'sector' | 'distance' | 'dates';
  points: number;
  text: string;
}

export interface Suggestion {
  offerId: string;
  needId: string;
  score: number;
  reasons: SuggestionReason[];
}

/** Kilometres between two PC4 areas, or undefined when either is not known. */
export type DistanceKm = (from: string, to: string) => number | undefined;

const CATEGORY_NAMES: Record<BeursvloerCategory, string> = {
  'helpende-handen': 'Helpende Handen',
  'kennis-en-kunde': 'Kennis & Kunde',
  'middelen-en-materialen': 'Middelen & Materialen',
};

/** Points by distance: a Beursvloer deal is local, so nearer is better, and 30 km or more adds nothing. */
const DISTANCE_BANDS: ReadonlyArray<{ upToKm: number; points: number }> = [
  { upToKm: 5, points: 20 },
  { upToKm: 15, points: 10 },
  { upToKm: 30, points: 5 },
];

/**
 * Scores one offer against one need, or null when they cannot meet: another category, an offer
 * no longer available on `today`, or one that only becomes available after the need's date.
 * Pure and deterministic: the same inputs give the same score and reasons.
 */
export function scorePair(offer: OfferForSuggestion, need: NeedForSuggestion, distanceKm: DistanceKm, today: string): Suggestion | null {
  if (offer.category !== need.category) return null;
  if (offer.availableUntil !== null && offer.availableUntil < today) return null;
  if (need.neededBy !== null && offer.availableFrom !== null && offer.availableFrom > need.neededBy) return null;

  const reasons: SuggestionReason[] = [{ factor: 'category', points: 50, text: `zelfde categorie (${CATEGORY_NAMES[offer.category]})` }];
  const shared = offer.skills.filter((skill) => need.skills.includes(skill)).sort();
  if (shared.length > 0) {
    reasons.push({ factor: 'skills', points: Math.min(30, 10 * shared.length), text: `gedeelde vaardigheden: ${shared.join(', ')}` });
  }
  if (offer.sector === need.sector) reasons.push({ factor: 'sector', points: 10, text: `zelfde sector (${offer.sector})` });
  const km = offer.postcodeArea && need.postcodeArea ? distanceKm(offer.postcodeArea, need.postcodeArea) : undefined;
  if (km === undefined) {
    reasons.push({ factor: 'distance', points: 0, text: 'afstand onbekend' });
  } else {
    const band = DISTANCE_BANDS.find((b) => km <= b.upToKm);
    reasons.push({ factor: 'distance', points: band?.points ?? 0, text: `${Math.round(km)} km` });
  }
  if (need.neededBy !== null) {
    reasons.push({ factor: 'dates', points: 10, text: `op tijd beschikbaar (nodig vóór ${need.neededBy})` });
  }
  return { offerId: offer.id, needId: need.id, score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}

/** Suggestions for one need (or one offer), best first; ties by id so the order never wobbles. */
export function rankSuggestions(
  pairs: Array<[OfferForSuggestion, NeedForSuggestion]>,
  distanceKm: DistanceKm,
  today: string,
  limit = 20,
): Suggestion[] {
  return pairs
    .map(([offer, need]) => scorePair(offer, need, distanceKm, today))
    .filter((s): s is Suggestion => s !== null)
    .sort((a, b) => b.score - a.score || a.offerId.localeCompare(b.offerId) || a.needId.localeCompare(b.needId))
    .slice(0, limit);
}

import { distanceKm as greatCircleKm, type Pc4Centroid, type Pc4Centroids } from '@vc/geo';
import type { CentreRecord, OrganisationRecord, ReadModelChange, VacancyRecord, VolunteerRecord } from '../read-models/read-model-change.js';
import { matchVacancyOf, matchVolunteerOf, type MatchVacancy, type MatchVolunteer } from './scoring/match-profiles.js';
import { componentScores, failedFilter, totalScore, type MatchContext, type Weights } from './scoring/scoring.js';

export interface Ranked<T> {
  item: T;
  score: number;
  /** Undefined for remote work. */
  distanceKm: number | undefined;
}

/** Keeps the best `limit` by score, ties broken by id, so equal inputs always give the same order. */
class TopN<T> {
  readonly ranked: Array<Ranked<T> & { id: string }> = [];

  constructor(private readonly limit: number) {}

  worstScore(): number {
    return this.ranked.length < this.limit ? -1 : this.ranked[this.ranked.length - 1]!.score;
  }

  offer(id: string, item: T, score: number, distance: number | undefined): void {
    const list = this.ranked;
    if (list.length >= this.limit) {
      const worst = list[list.length - 1]!;
      if (score < worst.score || (score === worst.score && id > worst.id)) return;
    }
    let i = list.length;
    while (i > 0 && (list[i - 1]!.score < score || (list[i - 1]!.score === score && list[i - 1]!.id > id))) i--;
    list.splice(i, 0, { id, item, score, distanceKm: distance });
    if (list.length > this.limit) list.pop();
  }
}

/** Open vacancies of one postcode area (or a region's remote ones). */
interface VacancyBucket {
  vacancies: Set<MatchVacancy>;
}

function newVacancyBucket(): VacancyBucket {
  return { vacancies: new Set() };
}

/**
 * Active volunteers of one postcode area, grouped by travel radius (people pick from a few
 * values), so a whole group out of reach is skipped without looking at anyone in it.
 */
interface AreaBucket {
  byRadius: Map<number, Set<MatchVolunteer>>;
}

/**
 * The read models of the owned regions held in memory, for suggestions without a table scan:
 * open vacancies and active volunteers bucketed by postcode area, so a query looks only at areas
 * within reach (one distance per area, not per person) and then checks bit masks and sets. Kept
 * current by the same changes the consumer commits to the database, read from the change feed
 * (ADR 0010, 0013).
 */
export class SuggestionIndex {
  private readonly volunteers = new Map<string, { record: VolunteerRecord; match: MatchVolunteer }>();
  private readonly vacancies = new Map<string, { record: VacancyRecord; match: MatchVacancy }>();
  private readonly organisations = new Map<string, OrganisationRecord>();
  private readonly centres = new Map<string, CentreRecord>();
  /** Active volunteers by region, then postcode area; those without an area fit remote work only. */
  private readonly volunteerAreas = new Map<string, Map<string, AreaBucket>>();
  private readonly volunteersWithoutArea = new Map<string, Set<MatchVolunteer>>();
  /** Open vacancies by region, then postcode area; remote ones apart. */
  private readonly vacancyAreas = new Map<string, Map<string, VacancyBucket>>();
  private readonly remoteVacancies = new Map<string, VacancyBucket>();

  constructor(
    private readonly centroids: Pc4Centroids,
    readonly weights: Weights,
  ) {}

  apply(change: ReadModelChange): void {
    switch (change.kind) {
      case 'volunteer-upsert': {
        const existing = this.volunteers.get(change.record.volunteerId)?.record;
        // Same rule as the database: an update keeps a running pause's end date.
        const pausedUntil = !change.keepPause ? change.record.pausedUntil : change.record.status === 'paused' ? (existing?.pausedUntil ?? null) : null;
        this.putVolunteer({ ...change.record, pausedUntil });
        return;
      }
      case 'volunteer-status': {
        const existing = this.volunteers.get(change.volunteerId)?.record;
        if (!existing) return;
        this.putVolunteer({
          ...existing,
          status: change.status,
          pausedUntil: change.pausedUntil,
          lastEventId: change.lastEventId,
          lastEventAt: change.lastEventAt,
        });
        return;
      }
      case 'volunteer-erase':
        this.removeVolunteer(change.volunteerId);
        return;
      case 'vacancy-upsert':
        this.putVacancy(change.record);
        return;
      case 'organisation-upsert':
        this.organisations.set(change.record.organisationId, change.record);
        return;
      case 'centre-upsert':
        this.centres.set(change.record.centreId, change.record);
        return;
    }
  }

  /** Empties the index before a reload from the tables (a replica that fell too far behind the feed). */
  clear(): void {
    for (const map of [this.volunteers, this.vacancies, this.organisations, this.centres, this.volunteerAreas, this.volunteersWithoutArea, this.vacancyAreas, this.remoteVacancies]) {
      map.clear();
    }
  }

  centre(centreId: string): CentreRecord | undefined {
    return this.centres.get(centreId);
  }

  volunteer(volunteerId: string): VolunteerRecord | undefined {
    return this.volunteers.get(volunteerId)?.record;
  }

  vacancy(vacancyId: string): VacancyRecord | undefined {
    return this.vacancies.get(vacancyId)?.record;
  }

  organisation(organisationId: string): OrganisationRecord | undefined {
    return this.organisations.get(organisationId);
  }

  matchVolunteer(volunteerId: string): MatchVolunteer | undefined {
    return this.volunteers.get(volunteerId)?.match;
  }

  matchVacancy(vacancyId: string): MatchVacancy | undefined {
    return this.vacancies.get(vacancyId)?.match;
  }

  get size(): { volunteers: number; vacancies: number } {
    return { volunteers: this.volunteers.size, vacancies: this.vacancies.size };
  }

  context(today: string): MatchContext {
    return {
      today,
      sharesVacancies: (centreId) => this.centres.get(centreId)?.sharesVacancies ?? false,
      distanceKm: (from, to) => {
        const a = this.centroids.centroidOf(from);
        const b = this.centroids.centroidOf(to);
        return a && b ? greatCircleKm(a, b) : undefined;
      },
    };
  }

  /** Best open vacancies for a volunteer; `accept` narrows them further (e.g. no help requests). */
  topVacanciesFor(volunteerId: string, limit: number, today: string, accept: (v: MatchVacancy) => boolean = () => true): Ranked<MatchVacancy>[] {
    const volunteer = this.volunteers.get(volunteerId)?.match;
    if (!volunteer || !volunteer.active) return [];
    const context = this.context(today);
    const top = new TopN<MatchVacancy>(limit);
    const consider = (vacancy: MatchVacancy, distance: number | undefined) => {
      if (vacancy.availabilityMask !== 0 && (volunteer.availabilityMask & vacancy.availabilityMask) === 0) return;
      if (!accept(vacancy) || failedFilter(volunteer, vacancy, context, distance) !== null) return;
      top.offer(vacancy.vacancyId, vacancy, totalScore(componentScores(volunteer, vacancy, distance), this.weights), distance);
    };
    const reachable: Array<[VacancyBucket, number | undefined]> = [];
    const remote = this.remoteVacancies.get(volunteer.regionId);
    if (remote) reachable.push([remote, undefined]);
    const origin = volunteer.postcodeArea === null ? undefined : this.centroids.centroidOf(volunteer.postcodeArea);
    const areas = this.vacancyAreas.get(volunteer.regionId);
    if (origin && areas) {
      for (const [area, bucket] of areas) {
        const distance = this.areaDistance(origin, area);
        if (distance !== undefined && distance <= volunteer.travelRadiusKm) reachable.push([bucket, distance]);
      }
    }
    for (const [bucket, distance] of reachable) for (const vacancy of bucket.vacancies) consider(vacancy, distance);
    return top.ranked;
  }

  /** Best active volunteers for a vacancy; `accept` narrows them (e.g. to the caller's centre). */
  topVolunteersFor(vacancyId: string, limit: number, today: string, accept: (v: MatchVolunteer) => boolean = () => true): Ranked<MatchVolunteer>[] {
    const vacancy = this.vacancies.get(vacancyId)?.match;
    if (!vacancy || !vacancy.open) return [];
    const context = this.context(today);
    const top = new TopN<MatchVolunteer>(limit);
    const mask = vacancy.availabilityMask;
    const consider = (volunteer: MatchVolunteer, distance: number | undefined) => {
      // The cheapest filter first: most volunteers of an area are not free at the vacancy's times.
      if (mask !== 0 && (volunteer.availabilityMask & mask) === 0) return;
      if (!accept(volunteer) || failedFilter(volunteer, vacancy, context, distance) !== null) return;
      top.offer(volunteer.volunteerId, volunteer, totalScore(componentScores(volunteer, vacancy, distance), this.weights), distance);
    };
    const areas = this.volunteerAreas.get(vacancy.regionId);
    const target = vacancy.remote || vacancy.postcodeArea === null ? undefined : this.centroids.centroidOf(vacancy.postcodeArea);
    if (!vacancy.remote && !target) return [];
    for (const [area, bucket] of areas ?? []) {
      const distance = target ? this.areaDistance(target, area) : undefined;
      if (target && distance === undefined) continue;
      for (const [radius, group] of bucket.byRadius) {
        if (distance !== undefined && radius < distance) continue;
        for (const volunteer of group) consider(volunteer, distance);
      }
    }
    if (vacancy.remote) for (const volunteer of this.volunteersWithoutArea.get(vacancy.regionId) ?? []) consider(volunteer, undefined);
    return top.ranked;
  }

  private areaDistance(from: Pc4Centroid, area: string): number | undefined {
    const to = this.centroids.centroidOf(area);
    return to ? greatCircleKm(from, to) : undefined;
  }

  private putVolunteer(record: VolunteerRecord): void {
    this.removeVolunteer(record.volunteerId);
    const match = matchVolunteerOf(record);
    this.volunteers.set(record.volunteerId, { record, match });
    if (!match.active) return;
    if (match.postcodeArea === null) {
      setIn(this.volunteersWithoutArea, match.regionId).add(match);
      return;
    }
    const areas = mapIn(this.volunteerAreas, match.regionId);
    let bucket = areas.get(match.postcodeArea);
    if (!bucket) areas.set(match.postcodeArea, (bucket = { byRadius: new Map() }));
    setIn(bucket.byRadius, match.travelRadiusKm).add(match);
  }

  private removeVolunteer(volunteerId: string): void {
    const existing = this.volunteers.get(volunteerId)?.match;
    if (!existing) return;
    this.volunteers.delete(volunteerId);
    this.volunteersWithoutArea.get(existing.regionId)?.delete(existing);
    if (existing.postcodeArea === null) return;
    const bucket = this.volunteerAreas.get(existing.regionId)?.get(existing.postcodeArea);
    const group = bucket?.byRadius.get(existing.travelRadiusKm);
    group?.delete(existing);
    if (group?.size === 0) bucket!.byRadius.delete(existing.travelRadiusKm);
  }

  private putVacancy(record: VacancyRecord): void {
    const existing = this.vacancies.get(record.vacancyId)?.match;
    if (existing) {
      const bucket = existing.remote
        ? this.remoteVacancies.get(existing.regionId)
        : existing.postcodeArea === null
          ? undefined
          : this.vacancyAreas.get(existing.regionId)?.get(existing.postcodeArea);
      bucket?.vacancies.delete(existing);
    }
    const match = matchVacancyOf(record);
    this.vacancies.set(record.vacancyId, { record, match });
    if (!match.open) return;
    let bucket: VacancyBucket | undefined;
    if (match.remote) {
      bucket = this.remoteVacancies.get(match.regionId);
      if (!bucket) this.remoteVacancies.set(match.regionId, (bucket = newVacancyBucket()));
    } else if (match.postcodeArea !== null) {
      const areas = mapIn(this.vacancyAreas, match.regionId);
      bucket = areas.get(match.postcodeArea);
      if (!bucket) areas.set(match.postcodeArea, (bucket = newVacancyBucket()));
    }
    bucket?.vacancies.add(match);
  }
}

function mapIn<K, V>(outer: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let inner = outer.get(key);
  if (!inner) outer.set(key, (inner = new Map()));
  return inner;
}

function setIn<K, V>(outer: Map<K, Set<V>>, key: K): Set<V> {
  let inner = outer.get(key);
  if (!inner) outer.set(key, (inner = new Set()));
  return inner;
}

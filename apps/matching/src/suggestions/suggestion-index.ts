import { distanceKm as greatCircleKm, type Pc4Centroid, type Pc4Centroids } from '@vc/geo';
import type { CentreRecord, OrganisationRecord, ReadModelChange, VacancyRecord } from '../read-models/read-model-change.js';
import { matchVacancyOf, matchVolunteerOf, StringPool, type MatchVacancy, type MatchVolunteer } from './scoring/match-profiles.js';
import { bitCount, componentScores, distanceScoreOf, failedFilter, scoreUpperBound, startDateOf, totalScore, type MatchContext, type Weights } from './scoring/scoring.js';

/** What the index keeps of a volunteer's record besides the matching profile. */
export type IndexedVolunteer = Pick<MatchVolunteer, 'volunteerId' | 'centreId' | 'regionId' | 'status' | 'pausedUntil'>;

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

/**
 * Open vacancies of one postcode area (or a region's remote ones), as parallel packed arrays beside
 * the profiles (see VolunteerGroup): a volunteer's query rules most out on integers alone.
 */
interface VacancyBucket {
  /** Looked up once: a lookup per area and query cost more than the rest of a query. */
  centroid: Pc4Centroid | undefined;
  members: MatchVacancy[];
  masks: number[];
  centres: number[];
  /** 1 when a VOG is required. */
  vogs: number[];
  /** StringPool bits of the skills asked (0 when none), and of the sector. */
  skillBits: number[];
  sectorBits: number[];
}

/**
 * Active volunteers of one postcode area, grouped by travel radius (people pick from a few
 * values), so a whole group out of reach is skipped without looking at anyone in it.
 */
interface AreaBucket {
  centroid: Pc4Centroid | undefined;
  byRadius: Map<number, VolunteerGroup>;
}

/**
 * Volunteers of one area and travel radius, as parallel packed arrays of small integers beside the
 * profiles: a query scans the integers (availability, centre, VOG end, skill and interest bits) and
 * touches a profile only for the few that may make the top. Walking the objects, scattered over a
 * big heap, was most of a query's time.
 */
interface VolunteerGroup {
  members: MatchVolunteer[];
  masks: number[];
  /** StringPool bits: set for every skill or interest held (maybe for others too). */
  skillBits: number[];
  interestBits: number[];
  /** The index's number of the volunteer's centre. */
  centres: number[];
  /** VOG end as YYYYMMDD; 0 without a VOG. */
  vogs: number[];
  /**
   * Every bit any member ever had (not cleared on removal: a bound, not a count), so a query
   * bounds the whole group's skills, interest and availability before scanning it.
   */
  maskUnion: number;
  skillUnion: number;
  interestUnion: number;
}

function newVolunteerGroup(): VolunteerGroup {
  return { members: [], masks: [], skillBits: [], interestBits: [], centres: [], vogs: [], maskUnion: 0, skillUnion: 0, interestUnion: 0 };
}

/** `YYYY-MM-DD` as a number that sorts the same; 0 for none. */
function dayNumber(date: string | null): number {
  if (date === null) return 0;
  const day = Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10));
  // Not a plain date (never expected): a number that passes every bound, leaving it to failedFilter.
  return Number.isInteger(day) ? day : Number.MAX_SAFE_INTEGER;
}

/** Candidates whose distance component is the same for all: visited best bound first. */
interface Visit<T> {
  members: T;
  distance: number | undefined;
  /** The volunteers' travel radius. */
  radius: number;
  /** No member can score more than this. */
  bound: number;
}


/**
 * The read models of the owned regions held in memory, for suggestions without a table scan:
 * open vacancies and active volunteers bucketed by postcode area, so a query looks only at areas
 * within reach (one distance per area, not per person) and then checks bit masks and sets. Kept
 * current by the same changes the consumer commits to the database, read from the change feed
 * (ADR 0010, 0013).
 */
export class SuggestionIndex {
  /**
   * Only the compiled profile of each volunteer, with its strings shared through `pool`: the full
   * records of 100,000 people (lists of slot names, languages, event ids) were most of the heap, and
   * a big heap is what made garbage collection pause requests.
   */
  private readonly volunteers = new Map<string, MatchVolunteer>();
  private readonly pool = new StringPool();
  /** Where each active volunteer sits in its group's arrays. */
  private readonly positions = new Map<MatchVolunteer, number>();
  /** Small numbers for centre ids, compared per volunteer in the scans. */
  private readonly centreNumbers = new Map<string, number>();
  private readonly vacancies = new Map<string, { record: VacancyRecord; match: MatchVacancy }>();
  private readonly organisations = new Map<string, OrganisationRecord>();
  private readonly centres = new Map<string, CentreRecord>();
  /** Active volunteers by region, then postcode area; those without an area fit remote work only. */
  private readonly volunteerAreas = new Map<string, Map<string, AreaBucket>>();
  private readonly volunteersWithoutArea = new Map<string, VolunteerGroup>();
  /** Open vacancies by region, then postcode area; remote ones apart. */
  private readonly vacancyAreas = new Map<string, Map<string, VacancyBucket>>();
  private readonly remoteVacancies = new Map<string, VacancyBucket>();

  /** Bounds hold only for weights of at least 0 (the configuration allows nothing else). */
  private readonly prunes: boolean;

  constructor(
    private readonly centroids: Pc4Centroids,
    readonly weights: Weights,
  ) {
    this.prunes = Object.values(weights).every((w) => w >= 0);
  }

  apply(change: ReadModelChange): void {
    switch (change.kind) {
      case 'volunteer-upsert': {
        const existing = this.volunteers.get(change.record.volunteerId);
        // Same rule as the database: an update keeps a running pause's end date.
        const pausedUntil = !change.keepPause ? change.record.pausedUntil : change.record.status === 'paused' ? (existing?.pausedUntil ?? null) : null;
        this.putVolunteer(matchVolunteerOf({ ...change.record, pausedUntil }, this.pool));
        return;
      }
      case 'volunteer-status': {
        const existing = this.volunteers.get(change.volunteerId);
        if (!existing) return;
        this.putVolunteer({ ...existing, status: change.status, pausedUntil: this.pool.string(change.pausedUntil), active: change.status === 'active' });
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
    this.pool.clear();
    this.positions.clear();
    this.centreNumbers.clear();
  }

  centre(centreId: string): CentreRecord | undefined {
    return this.centres.get(centreId);
  }

  /** Who the volunteer is and their status; the rest of their record stays in the database. */
  volunteer(volunteerId: string): IndexedVolunteer | undefined {
    const profile = this.volunteers.get(volunteerId);
    if (!profile) return undefined;
    const { centreId, regionId, status, pausedUntil } = profile;
    return { volunteerId, centreId, regionId, status, pausedUntil };
  }

  vacancy(vacancyId: string): VacancyRecord | undefined {
    return this.vacancies.get(vacancyId)?.record;
  }

  organisation(organisationId: string): OrganisationRecord | undefined {
    return this.organisations.get(organisationId);
  }

  matchVolunteer(volunteerId: string): MatchVolunteer | undefined {
    return this.volunteers.get(volunteerId);
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

  /**
   * Best open vacancies for a volunteer; `accept` narrows them further (e.g. no help requests).
   * Areas are visited best bound first (by distance); within one, packed integers rule out most
   * vacancies (not at the volunteer's times, a centre that does not offer it, a VOG the volunteer
   * lacks, no skill and no interest to beat the top's last) before a profile is read (ADR 10).
   */
  topVacanciesFor(volunteerId: string, limit: number, today: string, accept: (v: MatchVacancy) => boolean = () => true): Ranked<MatchVacancy>[] {
    const volunteer = this.volunteers.get(volunteerId);
    if (!volunteer || !volunteer.active) return [];
    const context = this.context(today);
    const top = new TopN<MatchVacancy>(limit);
    const ownCentre = this.centreNumber(volunteer.centreId);
    // Exactly failedFilter's 'centre' rule, per centre number.
    const offered: boolean[] = [];
    for (const [centreId, number] of this.centreNumbers) offered[number] = number === ownCentre || context.sharesVacancies(centreId);
    const hasVog = volunteer.vogValidUntil !== null;
    const ownSkills = volunteer.skillBits;
    const ownInterests = volunteer.interestBits;
    const mask = volunteer.availabilityMask;
    const visits: Array<Visit<VacancyBucket>> = [];
    const remote = this.remoteVacancies.get(volunteer.regionId);
    if (remote) visits.push({ members: remote, distance: undefined, bound: this.bound(1, 1, 1), radius: volunteer.travelRadiusKm });
    const origin = volunteer.postcodeArea === null ? undefined : this.centroids.centroidOf(volunteer.postcodeArea);
    const areas = this.vacancyAreas.get(volunteer.regionId);
    if (origin && areas) {
      for (const bucket of areas.values()) {
        const distance = bucket.centroid && greatCircleKm(origin, bucket.centroid);
        if (distance === undefined || distance > volunteer.travelRadiusKm) continue;
        visits.push({ members: bucket, distance, bound: this.bound(1, 1, distanceScoreOf(false, distance, volunteer.travelRadiusKm)), radius: volunteer.travelRadiusKm });
      }
    }
    bestFirst(visits, top, ({ members: bucket, distance }) => {
      const distanceScore = distanceScoreOf(distance === undefined, distance, volunteer.travelRadiusKm);
      // By whether any asked skill may be held (none held: skills score 0) and interest in the sector.
      const { members, masks, centres, vogs, skillBits, sectorBits } = bucket;
      let worst = top.worstScore();
      for (let i = 0; i < masks.length; i++) {
        const times = masks[i]!;
        if (times !== 0 && (times & mask) === 0) continue;
        if (!offered[centres[i]!]) continue;
        if (vogs[i] === 1 && !hasVog) continue;
        // The availability component exactly (as componentScores has it); skills 0 when no asked skill may be held.
        const asked = skillBits[i]!;
        const skilled = asked === 0 || (asked & ownSkills) !== 0;
        const availability = times === 0 ? 1 : bitCount(times & mask) / bitCount(times);
        if (this.bound(skilled ? 1 : 0, (sectorBits[i]! & ownInterests) !== 0 ? 1 : 0, distanceScore, availability) < worst) continue;
        const vacancy = members[i]!;
        if (!accept(vacancy) || failedFilter(volunteer, vacancy, context, distance) !== null) continue;
        top.offer(vacancy.vacancyId, vacancy, totalScore(componentScores(volunteer, vacancy, distance), this.weights), distance);
        worst = top.worstScore();
      }
    });
    return top.ranked;
  }

  /**
   * Best active volunteers for a vacancy; `accept` narrows them (e.g. to the caller's centre).
   * Groups (one area and travel radius) are visited best bound first; within one, packed integers
   * rule out most volunteers (not free then, another centre that does not share, VOG ends too
   * soon, too few skills or no interest to beat the top's last) before a profile is read.
   */
  topVolunteersFor(vacancyId: string, limit: number, today: string, accept: (v: MatchVolunteer) => boolean = () => true): Ranked<MatchVolunteer>[] {
    const vacancy = this.vacancies.get(vacancyId)?.match;
    if (!vacancy || !vacancy.open) return [];
    const context = this.context(today);
    const top = new TopN<MatchVolunteer>(limit);
    const mask = vacancy.availabilityMask;
    // Exactly failedFilter's 'centre' rule: -1 when every centre of the region may be offered it.
    const onlyCentre = context.sharesVacancies(vacancy.centreId) ? -1 : this.centreNumber(vacancy.centreId);
    // And its 'vog' rule for want of a VOG, or of one still valid at the start.
    const vogFrom = vacancy.vogRequired ? dayNumber(startDateOf(vacancy, today)) : 0;
    const asked = vacancy.skills.length;
    const askedBits = vacancy.skills.map((skill) => this.pool.bitOf(skill));
    const sectorBit = this.pool.bitOf(vacancy.sector);
    const slotsAsked = bitCount(mask);
    const visits: Array<Visit<VolunteerGroup>> = [];
    const visitGroup = (group: VolunteerGroup, distance: number | undefined, radius: number) => {
      if (mask !== 0 && (group.maskUnion & mask) === 0) return;
      let matched = 0;
      for (let s = 0; s < asked; s++) if ((group.skillUnion & askedBits[s]!) !== 0) matched++;
      const bound = this.bound(
        asked === 0 ? 1 : matched / asked,
        (group.interestUnion & sectorBit) !== 0 ? 1 : 0,
        distanceScoreOf(vacancy.remote, distance, radius),
        mask === 0 ? 1 : bitCount(group.maskUnion & mask) / slotsAsked,
      );
      visits.push({ members: group, distance, bound, radius });
    };
    const areas = this.volunteerAreas.get(vacancy.regionId);
    const target = vacancy.remote || vacancy.postcodeArea === null ? undefined : this.centroids.centroidOf(vacancy.postcodeArea);
    if (!vacancy.remote && !target) return [];
    for (const bucket of areas?.values() ?? []) {
      const distance = target && bucket.centroid && greatCircleKm(target, bucket.centroid);
      if (target && distance === undefined) continue;
      for (const [radius, group] of bucket.byRadius) {
        if (distance !== undefined && radius < distance) continue;
        visitGroup(group, distance, radius);
      }
    }
    const withoutArea = this.volunteersWithoutArea.get(vacancy.regionId);
    if (vacancy.remote && withoutArea) visitGroup(withoutArea, undefined, 0);
    bestFirst(visits, top, ({ members: group, distance, radius }) => {
      // The bound by skills matched and interest, for this group's distance.
      const distanceScore = distanceScoreOf(vacancy.remote, distance, radius);
      const { members, masks, skillBits, interestBits, centres, vogs } = group;
      let worst = top.worstScore();
      for (let i = 0; i < masks.length; i++) {
        const overlap = masks[i]! & mask;
        if (mask !== 0 && overlap === 0) continue;
        if (onlyCentre >= 0 && centres[i] !== onlyCentre) continue;
        if (vogFrom !== 0 && vogs[i]! < vogFrom) continue;
        // At least the skills matched and the interest: bits may claim more, never less.
        const ownSkills = skillBits[i]!;
        let matched = 0;
        for (let s = 0; s < asked; s++) if ((ownSkills & askedBits[s]!) !== 0) matched++;
        // The availability component exactly, as componentScores has it.
        const availability = mask === 0 ? 1 : bitCount(overlap) / slotsAsked;
        const skills = asked === 0 ? 1 : matched / asked;
        if (this.bound(skills, (interestBits[i]! & sectorBit) !== 0 ? 1 : 0, distanceScore, availability) < worst) continue;
        const volunteer = members[i]!;
        if (!accept(volunteer) || failedFilter(volunteer, vacancy, context, distance) !== null) continue;
        top.offer(volunteer.volunteerId, volunteer, totalScore(componentScores(volunteer, vacancy, distance), this.weights), distance);
        worst = top.worstScore();
      }
    });
    return top.ranked;
  }

  private centreNumber(centreId: string): number {
    let number = this.centreNumbers.get(centreId);
    if (number === undefined) this.centreNumbers.set(centreId, (number = this.centreNumbers.size));
    return number;
  }

  /** The best total a set whose known components are `known` may hold; Infinity when bounds do not hold. */
  private bound(skills: number, interests: number, distance: number, availability = 1): number {
    return this.prunes ? scoreUpperBound(skills, interests, distance, this.weights, availability) : Number.POSITIVE_INFINITY;
  }

  private putVolunteer(match: MatchVolunteer): void {
    this.removeVolunteer(match.volunteerId);
    this.volunteers.set(match.volunteerId, match);
    if (!match.active) return;
    let group: VolunteerGroup | undefined;
    if (match.postcodeArea === null) {
      group = this.volunteersWithoutArea.get(match.regionId);
      if (!group) this.volunteersWithoutArea.set(match.regionId, (group = newVolunteerGroup()));
    } else {
      const areas = mapIn(this.volunteerAreas, match.regionId);
      let bucket = areas.get(match.postcodeArea);
      if (!bucket) areas.set(match.postcodeArea, (bucket = { centroid: this.centroids.centroidOf(match.postcodeArea), byRadius: new Map() }));
      group = bucket.byRadius.get(match.travelRadiusKm);
      if (!group) bucket.byRadius.set(match.travelRadiusKm, (group = newVolunteerGroup()));
    }
    this.positions.set(match, group.members.length);
    group.members.push(match);
    group.masks.push(match.availabilityMask);
    group.skillBits.push(match.skillBits);
    group.interestBits.push(match.interestBits);
    group.centres.push(this.centreNumber(match.centreId));
    group.vogs.push(dayNumber(match.vogValidUntil));
    group.maskUnion |= match.availabilityMask;
    group.skillUnion |= match.skillBits;
    group.interestUnion |= match.interestBits;
  }

  private removeVolunteer(volunteerId: string): void {
    const existing = this.volunteers.get(volunteerId);
    if (!existing) return;
    this.volunteers.delete(volunteerId);
    if (!existing.active) return;
    const bucket = existing.postcodeArea === null ? undefined : this.volunteerAreas.get(existing.regionId)?.get(existing.postcodeArea);
    const group = existing.postcodeArea === null ? this.volunteersWithoutArea.get(existing.regionId) : bucket?.byRadius.get(existing.travelRadiusKm);
    const position = this.positions.get(existing);
    if (!group || position === undefined) return;
    this.positions.delete(existing);
    // Swap-remove: order within a group does not matter (ties are broken by id).
    const last = group.members.length - 1;
    if (position !== last) {
      for (const column of [group.members, group.masks, group.skillBits, group.interestBits, group.centres, group.vogs] as unknown[][]) column[position] = column[last];
      this.positions.set(group.members[position]!, position);
    }
    for (const column of [group.members, group.masks, group.skillBits, group.interestBits, group.centres, group.vogs] as unknown[][]) column.pop();
    if (group.members.length === 0 && bucket) bucket.byRadius.delete(existing.travelRadiusKm);
  }

  private vacancyBucketOf(match: MatchVacancy, create: boolean): VacancyBucket | undefined {
    const empty = (centroid: Pc4Centroid | undefined): VacancyBucket => ({ centroid, members: [], masks: [], centres: [], vogs: [], skillBits: [], sectorBits: [] });
    if (match.remote) {
      let bucket = this.remoteVacancies.get(match.regionId);
      if (!bucket && create) this.remoteVacancies.set(match.regionId, (bucket = empty(undefined)));
      return bucket;
    }
    if (match.postcodeArea === null) return undefined;
    const areas = create ? mapIn(this.vacancyAreas, match.regionId) : this.vacancyAreas.get(match.regionId);
    let bucket = areas?.get(match.postcodeArea);
    if (!bucket && create) areas!.set(match.postcodeArea, (bucket = empty(this.centroids.centroidOf(match.postcodeArea))));
    return bucket;
  }

  private putVacancy(record: VacancyRecord): void {
    const existing = this.vacancies.get(record.vacancyId)?.match;
    if (existing?.open) {
      const bucket = this.vacancyBucketOf(existing, false);
      const position = bucket?.members.indexOf(existing) ?? -1;
      if (bucket && position >= 0) {
        // Swap-remove (a few dozen per area: indexOf is cheap enough for vacancy updates).
        const columns = [bucket.members, bucket.masks, bucket.centres, bucket.vogs, bucket.skillBits, bucket.sectorBits] as unknown[][];
        const last = bucket.members.length - 1;
        for (const column of columns) column[position] = column[last];
        for (const column of columns) column.pop();
      }
    }
    const match = matchVacancyOf(record);
    this.vacancies.set(record.vacancyId, { record, match });
    if (!match.open) return;
    const bucket = this.vacancyBucketOf(match, true);
    if (!bucket) return;
    bucket.members.push(match);
    bucket.masks.push(match.availabilityMask);
    bucket.centres.push(this.centreNumber(match.centreId));
    bucket.vogs.push(match.vogRequired ? 1 : 0);
    bucket.skillBits.push(this.pool.bitsOf(match.skills));
    bucket.sectorBits.push(this.pool.bitOf(match.sector));
  }
}

/**
 * Visits the best bounds first and stops when none left can beat the top's last (a bound below its
 * score). Bins of 1/64 instead of a sort: there are thousands of visits and a handful are made.
 */
function bestFirst<T extends { bound: number }>(visits: readonly T[], top: { worstScore(): number }, visit: (v: T) => void): void {
  const bins: T[][] = Array.from({ length: BINS }, () => []);
  for (const v of visits) bins[Math.max(0, Math.min(BINS - 1, Math.floor(v.bound * BINS)))]!.push(v);
  for (let b = BINS - 1; b >= 0; b--) {
    // Every bound in this bin and below is under (b + 1) / BINS (the top bin holds any above 1).
    if (b < BINS - 1 && (b + 1) / BINS <= top.worstScore()) return;
    for (const v of bins[b]!) if (v.bound >= top.worstScore()) visit(v);
  }
}

const BINS = 64;

function mapIn<K, V>(outer: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let inner = outer.get(key);
  if (!inner) outer.set(key, (inner = new Map()));
  return inner;
}

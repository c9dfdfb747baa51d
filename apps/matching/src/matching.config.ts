import { BaseServiceConfig, withAuthConfig } from '@vc/service-kit';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsNumber, Matches, Max, Min } from 'class-validator';
import type { Weights } from './suggestions/scoring/scoring.js';

/** `all`, or region ids separated by commas (ids as registrations gives them: UUIDs or slugs). */
const REGION_LIST = /^(all|[A-Za-z0-9][A-Za-z0-9_-]{0,63}(,[A-Za-z0-9][A-Za-z0-9_-]{0,63})*)$/;

const Weight = (): PropertyDecorator => (target, key) => {
  Type(() => Number)(target, key);
  IsNumber({}, { message: '$property must be a number between 0 and 1' })(target, key);
  Min(0, { message: '$property must be a number between 0 and 1' })(target, key);
  Max(1, { message: '$property must be a number between 0 and 1' })(target, key);
};

/** What the service and its rebuild command share: where the data is and which regions are owned. */
export class MatchingRegionsConfig extends BaseServiceConfig {
  /**
   * Regions this instance owns: `all`, or a comma-separated list of region ids. Events of other
   * regions are skipped on their header; REST calls for them get a problem naming the region.
   */
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value))
  @Matches(REGION_LIST, { message: '$property must be "all" or a comma-separated list of region ids' })
  MATCHING_REGIONS = 'all';

  /** Kafka consumer group; one per deployment (per region group), so each reads every event itself. */
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: '$property must be letters, digits, ".", "_" or "-"' })
  MATCHING_CONSUMER_GROUP = 'matching';
}

/** JWT_SECRET / JWT_JWKS_URL / JWT_ISSUER / JWT_AUDIENCE come from the kit's auth mixin. */
export class MatchingConfig extends withAuthConfig(MatchingRegionsConfig) {
  override PORT = 3102;

  /** The non-owner role the service's queries run as, so row-level security applies to them. */
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: '$property must be a lower-case PostgreSQL role name' })
  DATABASE_APP_ROLE = 'matching_app';

  /** Partitions of registrations' topics applied in parallel (each in its own transactions). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  MATCHING_CONSUMER_CONCURRENCY = 3;

  /**
   * How long the change feed keeps rows (ADR 13). A replica that could not read the feed for longer
   * (e.g. stopped) reloads its suggestion index from the tables instead.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1_000)
  MATCHING_CHANGE_FEED_RETENTION_MS = 3_600_000;

  /** How often a replica reads the change feed when no notification woke it (lost, or held back). */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  MATCHING_CHANGE_FEED_POLL_MS = 1_000;

  /** Weights of the soft score's components; they are divided by their sum, so only ratios matter. */
  @Weight()
  MATCHING_WEIGHT_SKILLS = 0.3;

  @Weight()
  MATCHING_WEIGHT_INTERESTS = 0.2;

  @Weight()
  MATCHING_WEIGHT_DISTANCE = 0.2;

  @Weight()
  MATCHING_WEIGHT_AVAILABILITY = 0.2;

  @Weight()
  MATCHING_WEIGHT_SUITABILITY = 0.1;
}

/** Which regions an instance owns, from MATCHING_REGIONS. */
export type RegionOwnership = { all: true } | { all: false; regionIds: ReadonlySet<string> };

export function regionOwnershipOf(config: Pick<MatchingConfig, 'MATCHING_REGIONS'>): RegionOwnership {
  if (config.MATCHING_REGIONS === 'all') return { all: true };
  return { all: false, regionIds: new Set(config.MATCHING_REGIONS.split(',').filter((id) => id.length > 0)) };
}

export function ownsRegion(ownership: RegionOwnership, regionId: string): boolean {
  return ownership.all || ownership.regionIds.has(regionId);
}

export function weightsOf(config: MatchingConfig): Weights {
  return {
    skills: config.MATCHING_WEIGHT_SKILLS,
    interests: config.MATCHING_WEIGHT_INTERESTS,
    distance: config.MATCHING_WEIGHT_DISTANCE,
    availability: config.MATCHING_WEIGHT_AVAILABILITY,
    suitability: config.MATCHING_WEIGHT_SUITABILITY,
  };
}

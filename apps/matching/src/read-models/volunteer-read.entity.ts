import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A volunteer as registrations' public events describe them: pseudonymous (no name, contact data,
 * date of birth or full postcode). Availability slots are `day/part`, e.g. `tuesday/evening`.
 * Erasure deletes the row (registrations.volunteer.erased).
 */
@Entity({ name: 'volunteer' })
export class VolunteerRead {
  @PrimaryColumn('uuid', { name: 'volunteer_id' })
  volunteerId!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('text', { name: 'region_id' })
  regionId!: string;

  /** `active`, `paused` or `left`. */
  @Column('text')
  status!: string;

  @Column('text', { name: 'paused_until', nullable: true })
  pausedUntil!: string | null;

  @Column('text', { array: true })
  skills!: string[];

  @Column('text', { array: true })
  interests!: string[];

  @Column('text', { array: true })
  availability!: string[];

  @Column('double precision', { name: 'hours_per_week', nullable: true })
  hoursPerWeek!: number | null;

  @Column('text', { name: 'postcode_area', nullable: true })
  postcodeArea!: string | null;

  @Column('integer', { name: 'travel_radius_km' })
  travelRadiusKm!: number;

  @Column('text', { array: true })
  languages!: string[];

  @Column('text', { name: 'dutch_level', nullable: true })
  dutchLevel!: string | null;

  @Column('text', { name: 'age_band', nullable: true })
  ageBand!: string | null;

  @Column('text', { name: 'vog_valid_until', nullable: true })
  vogValidUntil!: string | null;

  @Column('boolean', { name: 'is_student' })
  isStudent!: boolean;

  @Column('boolean', { name: 'needs_guidance' })
  needsGuidance!: boolean;

  @Column('uuid', { name: 'last_event_id' })
  lastEventId!: string;

  @Column('timestamptz', { name: 'last_event_at' })
  lastEventAt!: Date;
}

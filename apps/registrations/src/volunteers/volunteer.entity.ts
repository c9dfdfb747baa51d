import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type VolunteerStatus = 'active' | 'paused' | 'left' | 'erased';
export type VogStatus = 'none' | 'requested' | 'valid' | 'expired';

export interface AvailabilitySlot {
  day: 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
  part: 'morning' | 'afternoon' | 'evening';
}

/**
 * A volunteer's profile. Contact data and date of birth stay in this service; events carry the
 * postcode area (PC4) and an age band instead. After erasure the row keeps only its id, centre,
 * status and timestamps, so counts stay right.
 */
@Entity('volunteer')
export class Volunteer {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('text')
  status!: VolunteerStatus;

  @Column('text', { name: 'first_name', nullable: true })
  firstName!: string | null;

  @Column('text', { name: 'last_name', nullable: true })
  lastName!: string | null;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { name: 'preferred_language' })
  preferredLanguage!: 'nl' | 'en';

  @Column('date', { name: 'date_of_birth', nullable: true })
  dateOfBirth!: string | null;

  @Column('text', { nullable: true })
  postcode!: string | null;

  @Column('integer', { name: 'travel_radius_km' })
  travelRadiusKm!: number;

  @Column('text', { array: true })
  skills!: string[];

  @Column('text', { array: true })
  interests!: string[];

  @Column('jsonb')
  availability!: AvailabilitySlot[];

  @Column('integer', { name: 'hours_per_week', nullable: true })
  hoursPerWeek!: number | null;

  @Column('text', { array: true })
  languages!: string[];

  @Column('text', { name: 'dutch_level', nullable: true })
  dutchLevel!: string | null;

  @Column('text', { name: 'vog_status' })
  vogStatus!: VogStatus;

  @Column('date', { name: 'vog_valid_until', nullable: true })
  vogValidUntil!: string | null;

  @Column('boolean', { name: 'is_student' })
  isStudent!: boolean;

  /** Last day of a pause, when the volunteer gave one; null otherwise. */
  @Column('date', { name: 'paused_until', nullable: true })
  pausedUntil!: string | null;

  /** `self` or the subject of the consultant who registered the person. */
  @Column('text', { name: 'registered_by' })
  registeredBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt!: Date | null;
}

import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AvailabilitySlot } from '../volunteers/volunteer.entity.js';

export type VacancyKind = 'structural' | 'one-off' | 'help-request';
export type VacancyStatus = 'draft' | 'published' | 'filled' | 'closed' | 'expired';

/** A vacancy; `help-request` ones (e.g. respite for an informal carer) are never public. */
@Entity('vacancy')
export class Vacancy {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('text')
  kind!: VacancyKind;

  @Column('text')
  status!: VacancyStatus;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  @Column('text')
  sector!: string;

  @Column('text', { array: true })
  skills!: string[];

  @Column('boolean', { name: 'vog_required' })
  vogRequired!: boolean;

  @Column('integer', { name: 'minimum_age', nullable: true })
  minimumAge!: number | null;

  @Column('text', { name: 'dutch_level', nullable: true })
  dutchLevel!: string | null;

  @Column('boolean', { name: 'suitable_for_students' })
  suitableForStudents!: boolean;

  @Column('boolean', { name: 'suitable_for_newcomers' })
  suitableForNewcomers!: boolean;

  @Column('boolean', { name: 'suitable_with_guidance' })
  suitableWithGuidance!: boolean;

  @Column('boolean')
  remote!: boolean;

  @Column('text', { nullable: true })
  postcode!: string | null;

  @Column('date', { name: 'activity_date', nullable: true })
  activityDate!: string | null;

  @Column('time', { name: 'start_time', nullable: true })
  startTime!: string | null;

  @Column('time', { name: 'end_time', nullable: true })
  endTime!: string | null;

  @Column('integer', { nullable: true })
  places!: number | null;

  @Column('integer', { name: 'places_left', nullable: true })
  placesLeft!: number | null;

  @Column('jsonb')
  availability!: AvailabilitySlot[];

  @Column('integer', { name: 'hours_per_week', nullable: true })
  hoursPerWeek!: number | null;

  @Column('date', { name: 'starts_on', nullable: true })
  startsOn!: string | null;

  @Column('date', { name: 'ends_on', nullable: true })
  endsOn!: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

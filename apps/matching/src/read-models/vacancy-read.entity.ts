import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A vacancy as registrations' events describe it, in every status after publication. */
@Entity({ name: 'vacancy' })
export class VacancyRead {
  @PrimaryColumn('uuid', { name: 'vacancy_id' })
  vacancyId!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('text', { name: 'region_id' })
  regionId!: string;

  /** `structural`, `one-off` or `help-request`. */
  @Column('text')
  kind!: string;

  /** `published`, `filled`, `closed` or `expired`. */
  @Column('text')
  status!: string;

  @Column('text')
  title!: string;

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

  @Column('text', { name: 'postcode_area', nullable: true })
  postcodeArea!: string | null;

  /** Day of a one-off activity, `YYYY-MM-DD`. */
  @Column('text', { name: 'activity_date', nullable: true })
  activityDate!: string | null;

  @Column('text', { name: 'start_time', nullable: true })
  startTime!: string | null;

  @Column('text', { name: 'end_time', nullable: true })
  endTime!: string | null;

  @Column('integer', { nullable: true })
  places!: number | null;

  @Column('integer', { name: 'places_left', nullable: true })
  placesLeft!: number | null;

  @Column('text', { array: true })
  availability!: string[];

  @Column('double precision', { name: 'hours_per_week', nullable: true })
  hoursPerWeek!: number | null;

  @Column('text', { name: 'starts_on', nullable: true })
  startsOn!: string | null;

  @Column('text', { name: 'ends_on', nullable: true })
  endsOn!: string | null;

  @Column('uuid', { name: 'last_event_id' })
  lastEventId!: string;

  @Column('timestamptz', { name: 'last_event_at' })
  lastEventAt!: Date;
}

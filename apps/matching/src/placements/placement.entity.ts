import type { PlacementStatus } from '@vc/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, type ValueTransformer } from 'typeorm';

/** PostgreSQL numeric arrives as a string (it may not fit a double); hours always fit. */
export const NUMERIC_HOURS: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A started match's placement: the hours logbook, and for a MaS the school's sign-off. */
@Entity({ name: 'placement' })
export class Placement {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'match_id' })
  matchId!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('text', { name: 'region_id' })
  regionId!: string;

  @Column('uuid', { name: 'volunteer_id', nullable: true })
  volunteerId!: string | null;

  @Column('uuid', { name: 'vacancy_id' })
  vacancyId!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('text')
  status!: PlacementStatus;

  @Column('boolean')
  mas!: boolean;

  @Column('numeric', { name: 'required_hours', nullable: true, transformer: NUMERIC_HOURS })
  requiredHours!: number | null;

  /** The school whose coordinator signs a MaS placement off (their token's organisation). */
  @Column('uuid', { name: 'school_organisation_id', nullable: true })
  schoolOrganisationId!: string | null;

  @Column('date', { name: 'started_on' })
  startedOn!: string;

  @Column('date', { name: 'completed_on', nullable: true })
  completedOn!: string | null;

  @Column('numeric', { name: 'confirmed_hours', transformer: NUMERIC_HOURS })
  confirmedHours!: number;

  @Column('text', { name: 'signed_off_by', nullable: true })
  signedOffBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

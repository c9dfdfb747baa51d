import type { MatchOrigin, MatchOutcome, MatchStatus } from '@vc/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A volunteer and a vacancy brought together, through its lifecycle (see match-lifecycle.ts). */
@Entity({ name: 'match' })
export class Match {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('text', { name: 'region_id' })
  regionId!: string;

  /** Null once the volunteer was erased: the match then only counts. */
  @Column('uuid', { name: 'volunteer_id', nullable: true })
  volunteerId!: string | null;

  @Column('uuid', { name: 'vacancy_id' })
  vacancyId!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('uuid', { name: 'mediation_case_id', nullable: true })
  mediationCaseId!: string | null;

  @Column('text')
  origin!: MatchOrigin;

  @Column('text')
  status!: MatchStatus;

  /** The consultant's (or volunteer's) user id; null after erasure. */
  @Column('text', { name: 'proposed_by', nullable: true })
  proposedBy!: string | null;

  @Column('date', { name: 'proposed_on' })
  proposedOn!: string;

  @Column('date', { name: 'started_on', nullable: true })
  startedOn!: string | null;

  @Column('date', { name: 'ended_on', nullable: true })
  endedOn!: string | null;

  @Column('text', { nullable: true })
  outcome!: MatchOutcome | null;

  /** The consultant's short evaluation when the match ended; never in an event. */
  @Column('text', { nullable: true })
  evaluation!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

import type { MediationCaseStatus, MediationOutcome } from '@vc/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Mediation for a person who needs support. The referral reason and goals are as private as the
 * notes: they are read only through the audited case-file endpoint and never leave the service.
 */
@Entity({ name: 'mediation_case' })
export class MediationCase {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('text', { name: 'region_id' })
  regionId!: string;

  /** Linked at referral or at intake; null after erasure. */
  @Column('uuid', { name: 'volunteer_id', nullable: true })
  volunteerId!: string | null;

  @Column('text')
  status!: MediationCaseStatus;

  /** e.g. "Sociaal wijkteam Overvecht". */
  @Column('text', { name: 'source_organisation', nullable: true })
  sourceOrganisation!: string | null;

  /** User id of the referrer, who may follow the status while consent stands. */
  @Column('text', { name: 'referrer_subject', nullable: true })
  referrerSubject!: string | null;

  @Column('text', { name: 'referral_reason', nullable: true })
  referralReason!: string | null;

  @Column('timestamptz', { name: 'consent_given_at' })
  consentGivenAt!: Date;

  @Column('timestamptz', { name: 'consent_withdrawn_at', nullable: true })
  consentWithdrawnAt!: Date | null;

  @Column('text', { name: 'consultant_id', nullable: true })
  consultantId!: string | null;

  @Column('date', { name: 'referred_on' })
  referredOn!: string;

  @Column('date', { name: 'intake_on', nullable: true })
  intakeOn!: string | null;

  @Column('text', { nullable: true })
  goals!: string | null;

  @Column('date', { name: 'placed_on', nullable: true })
  placedOn!: string | null;

  @Column('uuid', { name: 'placement_match_id', nullable: true })
  placementMatchId!: string | null;

  @Column('date', { name: 'closed_on', nullable: true })
  closedOn!: string | null;

  @Column('text', { nullable: true })
  outcome!: MediationOutcome | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

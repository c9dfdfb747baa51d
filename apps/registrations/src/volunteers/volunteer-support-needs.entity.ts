import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Special-category data: stored only with explicit consent, visible only to the centre's
 * consultants, every read audited (support_needs_read), never in any event.
 */
@Entity('volunteer_support_needs')
export class VolunteerSupportNeeds {
  @PrimaryColumn('uuid', { name: 'volunteer_id' })
  volunteerId!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('text', { name: 'referral_source', nullable: true })
  referralSource!: string | null;

  @Column('text', { name: 'target_group', nullable: true })
  targetGroup!: string | null;

  @Column('boolean', { name: 'guidance_needed' })
  guidanceNeeded!: boolean;

  @Column('text', { name: 'consent_text_version' })
  consentTextVersion!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}

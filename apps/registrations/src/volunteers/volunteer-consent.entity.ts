import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the person agreed to, when, and to which version of the centre's text. */
@Entity('volunteer_consent')
export class VolunteerConsent {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'volunteer_id' })
  volunteerId!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('text')
  purpose!: string;

  @Column('text', { name: 'text_version' })
  textVersion!: string;

  @Column('timestamptz', { name: 'given_at' })
  givenAt!: Date;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;
}

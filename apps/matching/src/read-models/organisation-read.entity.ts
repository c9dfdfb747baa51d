import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'organisation' })
export class OrganisationRead {
  @PrimaryColumn('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('text', { name: 'region_id' })
  regionId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  sector!: string;

  @Column('text', { name: 'postcode_area' })
  postcodeArea!: string;

  /** `registered` or `verified`. */
  @Column('text')
  status!: string;

  @Column('uuid', { name: 'last_event_id' })
  lastEventId!: string;

  @Column('timestamptz', { name: 'last_event_at' })
  lastEventAt!: Date;
}

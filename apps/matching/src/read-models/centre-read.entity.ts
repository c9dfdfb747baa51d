import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A centre as registrations.centre.created announced it; known for every region (see centre-directory). */
@Entity({ name: 'centre' })
export class CentreRead {
  @PrimaryColumn('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('text', { name: 'region_id' })
  regionId!: string;

  @Column('text')
  name!: string;

  @Column('text', { array: true })
  municipalities!: string[];

  /** Its published vacancies are offered to volunteers of the region's other centres too. */
  @Column('boolean', { name: 'shares_vacancies' })
  sharesVacancies!: boolean;

  @Column('uuid', { name: 'last_event_id' })
  lastEventId!: string;

  @Column('timestamptz', { name: 'last_event_at' })
  lastEventAt!: Date;
}

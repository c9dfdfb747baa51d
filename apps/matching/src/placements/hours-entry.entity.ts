import { Column, Entity, PrimaryColumn } from 'typeorm';
import { NUMERIC_HOURS } from './placement.entity.js';

@Entity({ name: 'hours_entry' })
export class HoursEntry {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'placement_id' })
  placementId!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('date', { name: 'worked_on' })
  workedOn!: string;

  @Column('numeric', { transformer: NUMERIC_HOURS })
  hours!: number;

  /** `logged` by the volunteer, then `confirmed` by the organisation. */
  @Column('text')
  status!: 'logged' | 'confirmed';

  @Column('timestamptz', { name: 'logged_at' })
  loggedAt!: Date;

  @Column('timestamptz', { name: 'confirmed_at', nullable: true })
  confirmedAt!: Date | null;

  @Column('text', { name: 'confirmed_by', nullable: true })
  confirmedBy!: string | null;
}

import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Consortium-wide reference data: a region groups centres; matching is deployed per region. */
@Entity('region')
export class Region {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

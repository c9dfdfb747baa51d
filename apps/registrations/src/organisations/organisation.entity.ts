import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type OrganisationStatus = 'registered' | 'verified';

export interface Coordinator {
  name: string;
  email: string;
  phone?: string;
}

/** A volunteer organisation; its vacancies go public only once the centre has verified it. */
@Entity('organisation')
export class Organisation {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('text')
  name!: string;

  @Column('char', { name: 'kvk_number', length: 8 })
  kvkNumber!: string;

  @Column('text')
  sector!: string;

  @Column('text', { nullable: true })
  street!: string | null;

  @Column('text')
  postcode!: string;

  @Column('text')
  city!: string;

  @Column('jsonb')
  coordinators!: Coordinator[];

  @Column('text')
  status!: OrganisationStatus;

  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

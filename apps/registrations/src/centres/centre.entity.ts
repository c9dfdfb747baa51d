import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export interface ConsentText {
  purpose: string;
  version: string;
  language: string;
  text: string;
}

/** A volunteer centre: the tenant. Its own row is visible only within its own centre scope. */
@Entity('centre')
export class Centre {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @Column('text')
  name!: string;

  /** CBS gemeentecodes (GM0344) of the municipalities the centre serves. */
  @Column('text', { array: true })
  municipalities!: string[];

  @Column('text', { array: true })
  languages!: string[];

  @Column('jsonb', { name: 'consent_texts' })
  consentTexts!: ConsentText[];

  /** Whether other centres of the consortium may offer this centre's vacancies. */
  @Column('boolean', { name: 'shares_vacancies' })
  sharesVacancies!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Audit log: who read a person's support needs, and when. */
@Entity('support_needs_read')
export class SupportNeedsRead {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid', { name: 'centre_id' })
  centreId!: string;

  @Column('uuid', { name: 'volunteer_id' })
  volunteerId!: string;

  @Column('text', { name: 'read_by' })
  readBy!: string;

  @Column('timestamptz', { name: 'read_at' })
  readAt!: Date;

  @Column('text', { name: 'correlation_id', nullable: true })
  correlationId!: string | null;
}

import { tenantIsolationSql } from '@vc/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks for integrators: endpoints per centre with the event types they want, and a delivery
 * per endpoint and event (unique, so a redelivered event is posted once), retried until it lands,
 * the endpoint is disabled, or the attempts run out.
 */
export class AddWebhooks1732700302000 implements MigrationInterface {
  name = 'AddWebhooks1732700302000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE webhook_endpoint (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         url text NOT NULL,
         event_types text[] NOT NULL,
         secret text NOT NULL,
         previous_secret text,
         previous_secret_expires_at timestamptz,
         status text NOT NULL CHECK (status IN ('enabled', 'disabled')),
         disabled_reason text,
         consecutive_failures integer NOT NULL DEFAULT 0,
         failing_since timestamptz,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX webhook_endpoint_centre ON webhook_endpoint (centre_id) WHERE status = 'enabled'`,
      ...tenantIsolationSql('webhook_endpoint'),

      `CREATE TABLE webhook_delivery (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         endpoint_id uuid NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
         event_id uuid NOT NULL,
         event_type text NOT NULL,
         body text NOT NULL,
         status text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
         attempts integer NOT NULL DEFAULT 0,
         next_attempt_at timestamptz NOT NULL DEFAULT now(),
         claimed_until timestamptz,
         last_status_code integer,
         last_error text,
         created_at timestamptz NOT NULL DEFAULT now(),
         finished_at timestamptz,
         UNIQUE (endpoint_id, event_id)
       )`,
      `CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending'`,
      `CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (endpoint_id, created_at DESC)`,
      ...tenantIsolationSql('webhook_delivery'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS webhook_delivery`);
    await queryRunner.query(`DROP TABLE IF EXISTS webhook_endpoint`);
  }
}

import { Body, Controller, Get, Header, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFoundProblem, type Principal, returnedRows, Roles, runInTenant, UnprocessableProblem } from '@vc/service-kit';
import { DataSource, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { centreOf } from '../tenancy/tenant-scope.js';
import { assertPublicHost, ForbiddenTargetError } from './ssrf-guard.js';
import { CreateWebhookEndpointRequest } from './webhook-endpoint.request.dto.js';
import { newWebhookSecret } from './webhook-signature.js';

export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');
export interface WebhookSettings {
  allowPrivateTargets: boolean;
  /** How long the old secret keeps signing after a rotation. */
  rotationOverlapMs: number;
}

export interface WebhookEndpointView {
  id: string;
  url: string;
  eventTypes: string[];
  status: 'enabled' | 'disabled';
  disabledReason: string | null;
  consecutiveFailures: number;
  createdAt: string;
}

const ENDPOINT_SELECT = `SELECT id, url, event_types AS "eventTypes", status, disabled_reason AS "disabledReason",
                                consecutive_failures AS "consecutiveFailures", created_at AS "createdAt" FROM webhook_endpoint`;

/** Integrators register endpoints for their centre and read what was delivered to them. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('v1/webhook-endpoints')
export class WebhooksHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  /** The secret is shown once, here; store it to verify signatures. */
  @Post()
  @Roles('integrator', 'centre-admin')
  async create(@Body() request: CreateWebhookEndpointRequest, @CurrentPrincipal() principal: Principal): Promise<WebhookEndpointView & { secret: string }> {
    const centreId = centreOf(principal);
    const url = new URL(request.url);
    if (url.username || url.password) throw new UnprocessableProblem('Put no credentials in the URL; verify our signature instead', 'webhook-url-credentials');
    if (url.protocol !== 'https:' && !this.settings.allowPrivateTargets) throw new UnprocessableProblem('Webhook URLs must use https', 'webhook-url-not-https');
    await this.assertReachable(url.hostname);
    const secret = newWebhookSecret();
    const id = uuidv7();
    const [view] = await runInTenant(this.dataSource, { centreId }, async (manager) => {
      await manager.query(`INSERT INTO webhook_endpoint (id, centre_id, url, event_types, secret, status) VALUES ($1, $2, $3, $4, $5, 'enabled')`, [
        id,
        centreId,
        url.toString(),
        request.eventTypes,
        secret,
      ]);
      return manager.query(`${ENDPOINT_SELECT} WHERE id = $1`, [id]) as Promise<WebhookEndpointView[]>;
    });
    return { ...view!, secret };
  }

  @Get()
  @Roles('integrator', 'centre-admin')
  @Header('Cache-Control', 'no-store')
  async list(@CurrentPrincipal() principal: Principal): Promise<WebhookEndpointView[]> {
    return runInTenant(this.dataSource, { centreId: centreOf(principal) }, (manager) => manager.query(`${ENDPOINT_SELECT} ORDER BY created_at, id`));
  }

  /** The delivery log: every event queued for the endpoint, its status, attempts and last answer. */
  @Get(':id/deliveries')
  @Roles('integrator', 'centre-admin')
  @Header('Cache-Control', 'no-store')
  async deliveries(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<unknown[]> {
    return runInTenant(this.dataSource, { centreId: centreOf(principal) }, async (manager) => {
      await this.endpoint(manager, id);
      return manager.query(
        `SELECT id, event_id AS "eventId", event_type AS "eventType", status, attempts, last_status_code AS "lastStatusCode",
                last_error AS "lastError", next_attempt_at AS "nextAttemptAt", created_at AS "createdAt", finished_at AS "finishedAt"
           FROM webhook_delivery WHERE endpoint_id = $1 ORDER BY created_at DESC, id DESC LIMIT 500`,
        [id],
      );
    });
  }

  /** A new secret signs from now on; the old one keeps signing alongside it for the overlap. */
  @Post(':id/rotate-secret')
  @HttpCode(200)
  @Roles('integrator', 'centre-admin')
  async rotate(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<{ secret: string; previousSecretValidUntil: string }> {
    const secret = newWebhookSecret();
    return runInTenant(this.dataSource, { centreId: centreOf(principal) }, async (manager) => {
      await this.endpoint(manager, id);
      const [row] = returnedRows<{ until: Date }>(
        await manager.query(
          `UPDATE webhook_endpoint SET previous_secret = secret, secret = $2, previous_secret_expires_at = now() + $3 * interval '1 millisecond'
            WHERE id = $1 RETURNING previous_secret_expires_at AS until`,
          [id, secret, this.settings.rotationOverlapMs],
        ),
      );
      return { secret, previousSecretValidUntil: new Date(row!.until).toISOString() };
    });
  }

  /** After fixing the receiver: deliveries resume for new events (cancelled ones stay cancelled). */
  @Post(':id/enable')
  @HttpCode(200)
  @Roles('integrator', 'centre-admin')
  async enable(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<WebhookEndpointView> {
    return runInTenant(this.dataSource, { centreId: centreOf(principal) }, async (manager) => {
      const endpoint = await this.endpoint(manager, id);
      await this.assertReachable(new URL(endpoint.url).hostname);
      await manager.query(`UPDATE webhook_endpoint SET status = 'enabled', disabled_reason = NULL, consecutive_failures = 0, failing_since = NULL WHERE id = $1`, [id]);
      const [view] = (await manager.query(`${ENDPOINT_SELECT} WHERE id = $1`, [id])) as WebhookEndpointView[];
      return view!;
    });
  }

  private async endpoint(manager: EntityManager, id: string): Promise<{ url: string }> {
    const [row] = (await manager.query(`SELECT url FROM webhook_endpoint WHERE id = $1`, [id])) as Array<{ url: string }>;
    if (!row) throw new NotFoundProblem('Webhook endpoint', id);
    return row;
  }

  private async assertReachable(host: string): Promise<void> {
    try {
      await assertPublicHost(host, this.settings.allowPrivateTargets);
    } catch (error) {
      if (error instanceof ForbiddenTargetError) throw new UnprocessableProblem(error.message, 'webhook-target-forbidden');
      throw new UnprocessableProblem(`${host} cannot be resolved`, 'webhook-target-unresolvable');
    }
  }
}

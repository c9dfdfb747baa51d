import { BaseServiceConfig, withAuthConfig } from '@vc/service-kit';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

/** JWT_SECRET / JWT_JWKS_URL / JWT_ISSUER / JWT_AUDIENCE come from the kit's auth mixin. */
export class NotificationsConfig extends withAuthConfig(BaseServiceConfig) {
  override PORT = 3103;

  /** The non-owner role the service's queries run as, so row-level security applies to them. */
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: '$property must be a lower-case PostgreSQL role name' })
  DATABASE_APP_ROLE = 'notifications_app';

  /** Kafka consumer group; tests give every app instance its own. */
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: '$property must be a Kafka group id' })
  NOTIFICATIONS_CONSUMER_GROUP = 'notifications';

  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** The SMTP relay email goes through (MailDev-like catcher locally: tools/mail-catcher). */
  @IsString()
  @MinLength(1)
  SMTP_HOST = '127.0.0.1';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65_535)
  SMTP_PORT = 1025;

  /** `true`: TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  @IsIn(['true', 'false'])
  SMTP_SECURE: 'true' | 'false' = 'false';

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  /** Connections kept open to the relay; each carries one message at a time. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  SMTP_MAX_CONNECTIONS = 20;

  /** Sender when a centre has not set its own. */
  @IsString()
  @MaxLength(254)
  EMAIL_FROM = 'Vrijwilligerscentrale <noreply@vrijwilligers.example>';

  /** Public base URL of this service, for the unsubscribe links in email. */
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_BASE_URL = 'http://localhost:3103';

  /** Signs unsubscribe tokens (HMAC-SHA256); at least 32 characters. */
  @IsString()
  @MinLength(32)
  UNSUBSCRIBE_SECRET = 'dev-only-unsubscribe-secret-change-me-0123456789';

  /** A JSON file with per-centre template overrides, checked at start (see docs/notifications.md). */
  @IsOptional()
  @IsString()
  TEMPLATE_OVERRIDES_FILE?: string;

  /** How often the dispatcher looks for due deliveries (it is also woken by every handled event). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  DISPATCH_INTERVAL_MS = 1_000;

  /** Attempts per message before it is recorded as permanently failed. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  DELIVERY_MAX_ATTEMPTS = 12;

  /** First retry delay; doubles per attempt (with jitter) up to DELIVERY_RETRY_MAX_MS. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  DELIVERY_RETRY_INITIAL_MS = 30_000;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(86_400_000)
  DELIVERY_RETRY_MAX_MS = 3_600_000;

  /** How often the appreciation scheduler checks for Dag van de Vrijwilliger (0: never). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  APPRECIATION_INTERVAL_MS = 3_600_000;

  /** How often the daily suggestions digest is checked (0: never); each volunteer gets at most one per Amsterdam day, from 09:00. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  SUGGESTION_DIGEST_INTERVAL_MS = 3_600_000;

  /** How often registration anniversaries are checked (0: never); each is thanked once. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  ANNIVERSARY_INTERVAL_MS = 3_600_000;

  /** Operator setting: let webhooks reach private, loopback and link-local addresses (and plain http). Tests and local demos only. */
  @IsIn(['true', 'false'])
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' | 'false' = 'false';

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** With the defaults (5 s doubling to 1 h, full jitter, 60 attempts) a delivery is retried for more than a day. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  WEBHOOK_MAX_ATTEMPTS = 60;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  WEBHOOK_RETRY_INITIAL_MS = 5_000;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(86_400_000)
  WEBHOOK_RETRY_MAX_MS = 3_600_000;

  /** An endpoint is disabled after this many failures in a row that span at least WEBHOOK_DISABLE_AFTER_MS. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  WEBHOOK_DISABLE_AFTER_FAILURES = 100;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(30 * 86_400_000)
  WEBHOOK_DISABLE_AFTER_MS = 3 * 86_400_000;

  /** How long a rotated-out secret keeps signing alongside the new one. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(30 * 86_400_000)
  WEBHOOK_ROTATION_OVERLAP_MS = 86_400_000;

  /** An SMS provider's JSON API (see HttpSmsSender); without it SMS messages are skipped and logged as such. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  SMS_PROVIDER_URL?: string;

  @IsOptional()
  @IsString()
  SMS_PROVIDER_TOKEN?: string;

  /** Alphanumeric originator: at most 11 letters or digits. */
  @Matches(/^[A-Za-z0-9]{1,11}$/, { message: '$property must be at most 11 letters or digits' })
  SMS_SENDER = 'Vrijwillig';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  SMS_MAX_SEGMENTS = 2;
}

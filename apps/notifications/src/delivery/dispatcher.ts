import { PeriodicJob, returnedRows, type ServiceLogger } from '@vc/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { OPTIONAL_CATEGORIES, type Category, type Language, type TemplateId } from '../templates/template-catalogue.js';
import type { Templates } from '../templates/templates.js';
import { actConsortiumWide } from '../tenancy/tenant-scope.js';
import type { UnsubscribeTokens } from '../unsubscribe/unsubscribe-token.js';
import { isPartyKind, PARTY_DIRECTORIES } from '../organisations/party-directories.js';
import { partyRecipients, splitPartyMessages } from '../organisations/party-messages.js';
import { staffRecipients } from '../staff-inbox/staff-messages.js';
import { smsProblem } from '../sms/sms-message.js';
import type { SmsSender } from '../sms/sms-sender.js';
import type { EmailSender } from './email-sender.js';
import { msUntilQuietHoursEnd } from './quiet-hours.js';

export interface DispatcherOptions {
  dataSource: DataSource;
  email: EmailSender;
  /** Absent when no SMS provider is configured: SMS deliveries are then skipped, and say why. */
  sms?: SmsSender;
  smsMaxSegments?: number;
  templates: Templates;
  tokens: UnsubscribeTokens;
  logger: ServiceLogger;
  defaultFrom: string;
  publicBaseUrl: string;
  maxAttempts: number;
  retry: { initialMs: number; maxMs: number };
  intervalMs: number;
  /** How long a message waits for the person's contact data before it is given up (default a day). */
  contactWaitMs?: number;
  batchSize?: number;
  random?: () => number;
}

interface DueDelivery {
  id: string;
  centre_id: string;
  recipient_kind: 'volunteer' | 'organisation' | 'business' | 'staff';
  /** The volunteer the message is for; on an organisation's message, the student it is about (ADR 47). */
  volunteer_id: string;
  /** A staff member's token subject: in-app messages only, no contact row (ADR 44). */
  staff_subject: string | null;
  /** Set on an organisation's or business's delivery once it is split per contact address (ADR 43, 46). */
  contact_email: string | null;
  channel: 'email' | 'in-app' | 'sms';
  template: TemplateId;
  category: Category;
  variables: Record<string, string>;
  attempts: number;
  age_ms: number;
  /** The claiming transaction's start: the first claim of a run sets the run's horizon. */
  started_at: string;
}

export interface Recipient {
  centre_id: string;
  /**
   * The templates' name variables: firstName and lastName of a volunteer, coordinatorName and
   * organisationName of an organisation, contactName and businessName of a business.
   */
  names: Record<string, string>;
  email: string;
  phone: string | null;
  language: Language;
  centre_name: string | null;
  email_from: string | null;
  reply_to: string | null;
  /** Categories the person switched off. */
  opted_out: Category[];
  quiet_starts: string | null;
  quiet_ends: string | null;
  /** Why this address may not be written to any more (a coordinator or contact the party no longer has). */
  unreachable?: string;
}

/** Why a message is given up: no contact data for the recipient, or (split party message) for the volunteer it is about. */
function contactMissing(delivery: DueDelivery): string {
  if (!isPartyKind(delivery.recipient_kind)) return 'no contact data for this person';
  return delivery.contact_email === null ? PARTY_DIRECTORIES[delivery.recipient_kind].noContactData : 'no contact data for the volunteer the message is about';
}

type Result =
  | { status: 'sent'; recipient?: string; subject?: string; inApp?: { centreId: string; title: string; body: string } }
  | { status: 'skipped' | 'failed'; reason: string }
  | { status: 'retry'; reason: string; delayMs: number; counts: boolean };

/** Leased long enough for the slowest SMTP exchange (timeouts are 10 + 30 s) to finish inside it. */
const LEASE = '2 minutes';

/**
 * Sends what the consumer queued. A delivery is claimed with a lease (FOR UPDATE SKIP LOCKED), so
 * two instances never hold the same one; it is marked sent only after the channel accepted it, and
 * retried with exponential backoff and jitter while the channel is down, until the attempts run
 * out (then it is recorded as failed, visible in the log). Runs every `intervalMs` and whenever
 * `wake()` says there is new work.
 */
export class Dispatcher {
  private readonly job: PeriodicJob;

  constructor(private readonly options: DispatcherOptions) {
    this.job = new PeriodicJob({ intervalMs: options.intervalMs, logger: options.logger, failed: 'dispatching notifications failed', work: () => this.drain(), runAtStart: true });
  }

  start(): void {
    this.job.start();
  }

  /** New work: run now, or right after the run in progress. */
  wake(): void {
    this.job.wake();
  }

  async stop(): Promise<void> {
    await this.job.stop();
  }

  /**
   * Works through what was due when it started, in two lanes of batches; the number of deliveries
   * finished. Two lanes so that one claims and records (database round trips) while the other's
   * batch is being sent; they never share a delivery (SKIP LOCKED), as two instances would not.
   */
  async drain(): Promise<number> {
    const run: { horizon?: string } = {};
    const lanes = await Promise.all([this.drainLane(run), this.drainLane(run)]);
    return lanes[0] + lanes[1];
  }

  /**
   * One lane: a batch at a time, until nothing is due that was due when the run began (the run's
   * first claim, shared by both lanes). A retry scheduled meanwhile waits for the next run, so
   * messages retrying on short backoffs (waiting for contact data, a relay refusing for a while)
   * cannot keep one run going.
   */
  private async drainLane(run: { horizon?: string }): Promise<number> {
    let total = 0;
    for (;;) {
      if (this.job.isStopped) return total;
      const { due, recipients, claimed, startedAt } = await this.claim(run.horizon);
      if (claimed === 0) return total;
      run.horizon ??= startedAt;
      const results = await Promise.all(
        due.map((delivery) =>
          this.attempt(delivery, recipients.get(delivery.id)).catch(
            (error: unknown): Result => ({ status: 'retry', reason: `internal: ${(error as Error).message}`.slice(0, 500), delayMs: this.backoff(delivery.attempts), counts: true }),
          ),
        ),
      );
      await this.record(due.map((delivery, i) => [delivery, results[i]!] as const));
      total += due.length;
    }
  }

  /**
   * A batch of due deliveries, leased to this instance, with their recipients by delivery id (one
   * transaction). Organisation and business messages whose contact data is here are split per
   * contact address instead; those deliveries are due when the message was, for the next batch.
   */
  private async claim(horizon: string | undefined): Promise<{ due: DueDelivery[]; recipients: Map<string, Recipient>; claimed: number; startedAt?: string }> {
    return this.inTransaction(async (manager) => {
      const rows: unknown = await manager.query(
        `UPDATE delivery d SET claimed_until = now() + interval '${LEASE}'
           FROM (SELECT id FROM delivery
                  WHERE status = 'pending' AND next_attempt_at <= coalesce($2::timestamptz, now()) AND (claimed_until IS NULL OR claimed_until < now())
                  ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED) due
          WHERE d.id = due.id
          RETURNING d.id, d.centre_id, d.recipient_kind, d.volunteer_id, d.staff_subject, d.contact_email, d.channel, d.template, d.category, d.variables, d.attempts,
                    (extract(epoch FROM now() - d.created_at) * 1000)::float AS age_ms, now()::text AS started_at`,
        [this.options.batchSize ?? 100, horizon ?? null],
      );
      const claimed = (Array.isArray(rows) && Array.isArray(rows[0]) ? rows[0] : rows) as DueDelivery[];
      const recipients = new Map<string, Recipient>();
      if (claimed.length === 0) return { due: claimed, recipients, claimed: 0 };
      const split = await splitPartyMessages(manager, claimed);
      const due = claimed.filter((d) => !split.has(d.id));
      for (const [id, recipient] of await partyRecipients(manager, due)) recipients.set(id, recipient);
      for (const [id, recipient] of await staffRecipients(manager, due.filter((d) => d.recipient_kind === 'staff'))) recipients.set(id, recipient);
      const toVolunteers = due.filter((d) => d.recipient_kind === 'volunteer');
      if (toVolunteers.length === 0) return { due, recipients, claimed: claimed.length, startedAt: claimed[0]!.started_at };
      const found = (await manager.query(
        `SELECT c.volunteer_id, c.centre_id, c.first_name, c.last_name, c.email, c.phone, c.language, ce.name AS centre_name, ce.email_from, ce.reply_to,
                array(SELECT p.category FROM preference p WHERE p.volunteer_id = c.volunteer_id AND p.opted_out) AS opted_out,
                q.starts::text AS quiet_starts, q.ends::text AS quiet_ends
           FROM contact c
           LEFT JOIN centre ce ON ce.id = c.centre_id
           LEFT JOIN quiet_hours q ON q.volunteer_id = c.volunteer_id
          WHERE c.volunteer_id = ANY ($1)`,
        [[...new Set(toVolunteers.map((d) => d.volunteer_id))]],
      )) as Array<Omit<Recipient, 'names'> & { volunteer_id: string; first_name: string; last_name: string }>;
      const byVolunteer = new Map(found.map(({ first_name, last_name, ...rest }) => [rest.volunteer_id, { ...rest, names: { firstName: first_name, lastName: last_name } }]));
      for (const delivery of toVolunteers) {
        const recipient = byVolunteer.get(delivery.volunteer_id);
        if (recipient) recipients.set(delivery.id, recipient);
      }
      return { due, recipients, claimed: claimed.length, startedAt: claimed[0]!.started_at };
    });
  }

  private async attempt(delivery: DueDelivery, recipient: Recipient | undefined): Promise<Result> {
    if (!recipient) {
      // Contact data arrives on its own topic and may come after the event that queued this.
      if (delivery.age_ms > (this.options.contactWaitMs ?? 86_400_000)) {
        return { status: 'failed', reason: contactMissing(delivery) };
      }
      return { status: 'retry', reason: 'waiting for contact data', delayMs: this.backoff(delivery.attempts), counts: false };
    }
    if (recipient.unreachable) return { status: 'skipped', reason: recipient.unreachable };
    if (recipient.opted_out.includes(delivery.category) && delivery.channel !== 'in-app') return { status: 'skipped', reason: `opted out of ${delivery.category}` };
    if (delivery.channel !== 'in-app' && recipient.quiet_starts && recipient.quiet_ends) {
      const wait = msUntilQuietHoursEnd(new Date(), recipient.quiet_starts, recipient.quiet_ends);
      if (wait > 0) return { status: 'retry', reason: 'quiet hours', delayMs: wait, counts: false };
    }

    const optional = (OPTIONAL_CATEGORIES as readonly string[]).includes(delivery.category);
    const unsubscribeUrl = optional
      ? `${this.options.publicBaseUrl.replace(/\/$/, '')}/v1/unsubscribe?token=${this.options.tokens.sign({ volunteerId: delivery.volunteer_id, centreId: recipient.centre_id, category: delivery.category })}`
      : '';
    const message = this.options.templates.render(delivery.template, recipient.language, recipient.centre_id, {
      ...delivery.variables,
      ...recipient.names,
      centreName: recipient.centre_name ?? 'de vrijwilligerscentrale',
      unsubscribeUrl,
    });

    // Written with the delivery's status, in one transaction (see record).
    if (delivery.channel === 'in-app') return { status: 'sent', subject: message.subject, inApp: { centreId: recipient.centre_id, title: message.subject, body: message.text } };
    if (delivery.channel === 'sms') {
      if (!this.options.sms) return { status: 'skipped', reason: 'no SMS provider is configured' };
      if (!recipient.phone) return { status: 'skipped', reason: 'no phone number for this person' };
      const text = message.sms ?? message.subject;
      const problem = smsProblem(recipient.phone, text, this.options.smsMaxSegments ?? 2);
      if (problem) return { status: 'failed', reason: problem };
      const sent = await this.options.sms.send({ to: recipient.phone, text, reference: delivery.id });
      if (sent.ok) return { status: 'sent', recipient: recipient.phone, subject: message.subject };
      if (sent.permanent) return { status: 'failed', reason: sent.error };
      return { status: 'retry', reason: sent.error, delayMs: this.backoff(delivery.attempts), counts: true };
    }

    const outcome = await this.options.email.send({
      messageId: `<${delivery.id}@notifications.vrijwilligers>`,
      from: recipient.email_from ?? this.options.defaultFrom,
      replyTo: recipient.reply_to ?? undefined,
      to: recipient.email,
      subject: message.subject,
      text: message.text,
      html: message.html,
      // RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" to the URL.
      headers: optional ? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {},
    });
    if (outcome.ok) return { status: 'sent', recipient: recipient.email, subject: message.subject };
    if (outcome.permanent) return { status: 'failed', reason: outcome.error };
    return { status: 'retry', reason: outcome.error, delayMs: this.backoff(delivery.attempts), counts: true };
  }

  /** Every outcome of a batch in one transaction; successes in one statement. */
  private async record(outcomes: ReadonlyArray<readonly [DueDelivery, Result]>): Promise<void> {
    await this.inTransaction(async (manager) => {
      const sent = outcomes.filter((o): o is readonly [DueDelivery, Extract<Result, { status: 'sent' }>] => o[1].status === 'sent');
      if (sent.length > 0) {
        // The status first: the update locks each delivery row, so an erasure running now either
        // went before (the delivery is cancelled, nothing is written here) or waits for this commit
        // and then deletes the in-app message written below (it updates deliveries first too).
        const marked = (await manager.query(
          `UPDATE delivery d SET status = 'sent', attempts = d.attempts + 1, recipient = u.recipient, subject = u.subject, last_error = NULL,
                  claimed_until = NULL, finished_at = now()
             FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u (id, recipient, subject)
            WHERE d.id = u.id AND d.status = 'pending'
            RETURNING d.id`,
          [sent.map(([d]) => d.id), sent.map(([, r]) => r.recipient ?? null), sent.map(([, r]) => r.subject ?? null)],
        )) as unknown;
        const stillPending = new Set(returnedRows<{ id: string }>(marked).map((row) => row.id));
        const inApp = sent.filter(([delivery, result]) => result.inApp && stillPending.has(delivery.id));
        if (inApp.length > 0) {
          await manager.query(
            `INSERT INTO in_app_message (id, centre_id, volunteer_id, staff_subject, delivery_id, category, title, body)
             SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[])
             ON CONFLICT (delivery_id) DO NOTHING`,
            [
              inApp.map(() => uuidv7()),
              inApp.map(([, r]) => r.inApp!.centreId),
              inApp.map(([d]) => d.volunteer_id),
              inApp.map(([d]) => d.staff_subject),
              inApp.map(([d]) => d.id),
              inApp.map(([d]) => d.category),
              inApp.map(([, r]) => r.inApp!.title),
              inApp.map(([, r]) => r.inApp!.body),
            ],
          );
        }
      }
      for (const [delivery, result] of outcomes) {
        if (result.status === 'sent') continue;
        if (result.status === 'retry') {
          const attempts = delivery.attempts + (result.counts ? 1 : 0);
          if (attempts >= this.options.maxAttempts) {
            await manager.query(
              `UPDATE delivery SET status = 'failed', attempts = $2, last_error = $3, claimed_until = NULL, finished_at = now() WHERE id = $1 AND status = 'pending'`,
              [delivery.id, attempts, `gave up after ${attempts} attempts: ${result.reason}`],
            );
            this.options.logger.warn({ deliveryId: delivery.id, attempts }, 'notification given up');
            continue;
          }
          await manager.query(
            `UPDATE delivery SET attempts = $2, last_error = $3, claimed_until = NULL, next_attempt_at = now() + $4 * interval '1 millisecond'
              WHERE id = $1 AND status = 'pending'`,
            [delivery.id, attempts, result.reason, result.delayMs],
          );
          continue;
        }
        await manager.query(
          `UPDATE delivery SET status = $2, attempts = attempts + $3, last_error = $4, claimed_until = NULL, finished_at = now() WHERE id = $1 AND status = 'pending'`,
          [delivery.id, result.status, result.status === 'skipped' ? 0 : 1, result.reason],
        );
      }
    });
  }

  /** Exponential with equal jitter: half the ceiling fixed, half random, so instances spread out. */
  private backoff(attempts: number): number {
    const ceiling = Math.min(this.options.retry.maxMs, this.options.retry.initialMs * 2 ** attempts);
    const random = this.options.random ?? Math.random;
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
  }

  private inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.options.dataSource.transaction(async (manager) => {
      await actConsortiumWide(manager);
      return work(manager);
    });
  }
}

import nodemailer, { type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

export interface OutgoingEmail {
  /** Stable per delivery, so a message re-sent after a crash can be recognised downstream. */
  messageId: string;
  from: string;
  replyTo?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export type SendOutcome = { ok: true } | { ok: false; permanent: boolean; error: string };

export interface EmailSender {
  send(email: OutgoingEmail): Promise<SendOutcome>;
  close(): void;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  maxConnections?: number;
}

/**
 * Email over SMTP through a small pool of connections. The relay's answer decides what happens
 * next: a 5xx reply (no such mailbox, rejected) is final; anything else (no connection, timeout,
 * 4xx "try later") is worth another attempt.
 */
export class SmtpEmailSender implements EmailSender {
  private readonly transporter: Transporter;

  constructor(settings: SmtpSettings) {
    this.transporter = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
      pool: true,
      maxConnections: settings.maxConnections ?? 10,
      maxMessages: Infinity,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      // Loopback peers in development and tests speak plain SMTP; a real relay offers STARTTLS.
      tls: { rejectUnauthorized: settings.host !== '127.0.0.1' && settings.host !== 'localhost' },
    });
  }

  async send(email: OutgoingEmail): Promise<SendOutcome> {
    try {
      // Composed here and handed over whole: nodemailer then writes it to the socket in one piece
      // instead of a dozen small writes (each a system call).
      const message = new MailComposer({
        messageId: email.messageId,
        from: email.from,
        replyTo: email.replyTo,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: email.headers,
      }).compile();
      await this.transporter.sendMail({ envelope: message.getEnvelope(), raw: await message.build() });
      return { ok: true };
    } catch (error) {
      return classifySmtpError(error);
    }
  }

  close(): void {
    this.transporter.close();
  }
}

export function classifySmtpError(error: unknown): SendOutcome & { ok: false } {
  const { responseCode, message, code } = error as { responseCode?: number; message?: string; code?: string };
  const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
  return { ok: false, permanent, error: `${code ?? 'ERROR'}${responseCode ? ` ${responseCode}` : ''}: ${message ?? String(error)}`.slice(0, 500) };
}

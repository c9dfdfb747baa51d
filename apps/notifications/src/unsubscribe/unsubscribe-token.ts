import { createHmac, timingSafeEqual } from 'node:crypto';
import { OPTIONAL_CATEGORIES, type Category } from '../templates/template-catalogue.js';

export interface UnsubscribeClaim {
  volunteerId: string;
  centreId: string;
  category: Category;
}

/**
 * A one-click unsubscribe link must work without logging in, so the link itself is the proof:
 * who, which centre and which category, signed with HMAC-SHA256. Changing any byte breaks the
 * signature. It does not expire: an old email's link should still work.
 */
export class UnsubscribeTokens {
  constructor(private readonly secret: string) {}

  sign(claim: UnsubscribeClaim): string {
    const body = Buffer.from(JSON.stringify([1, claim.volunteerId, claim.centreId, claim.category])).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The claim, or undefined for anything not signed by us. */
  verify(token: string): UnsubscribeClaim | undefined {
    const [body, mac, ...rest] = token.split('.');
    if (!body || !mac || rest.length > 0) return undefined;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    try {
      const [version, volunteerId, centreId, category] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown[];
      if (version !== 1 || typeof volunteerId !== 'string' || typeof centreId !== 'string') return undefined;
      if (!(OPTIONAL_CATEGORIES as readonly unknown[]).includes(category)) return undefined;
      return { volunteerId, centreId, category: category as Category };
    } catch {
      return undefined;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(`unsubscribe:${body}`).digest('base64url');
  }
}

import { Controller, Get, Header, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainProblem, Public, PublicRateLimited, runInTenant } from '@vc/service-kit';
import { IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { setOptOut } from '../preferences/preferences.http.controller.js';
import { escapeHtml } from '../templates/templates.js';
import { UnsubscribeTokens, type UnsubscribeClaim } from './unsubscribe-token.js';

export class UnsubscribeQuery {
  @IsString()
  @MaxLength(1000)
  token!: string;
}

const CATEGORY_NL: Record<string, string> = { updates: 'berichten over trainingen en certificaten', appreciation: 'bedankberichten' };

/**
 * One-click unsubscribe (RFC 8058): the link in the email and its List-Unsubscribe header carry a
 * signed token. GET only shows a confirmation button, since mail scanners follow links; the POST
 * (from that button, or the mail client's one-click "List-Unsubscribe=One-Click") switches the
 * category off. An altered or foreign token is refused and changes nothing.
 */
@ApiTags('unsubscribe')
@Controller('v1/unsubscribe')
@Public()
export class UnsubscribeHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(UnsubscribeTokens) private readonly tokens: UnsubscribeTokens,
  ) {}

  @Get()
  @PublicRateLimited()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  confirm(@Query() query: UnsubscribeQuery): string {
    const claim = this.verify(query.token);
    const token = escapeHtml(query.token);
    return `<!doctype html><html lang="nl"><body><h1>Afmelden</h1><p>Wil je geen ${CATEGORY_NL[claim.category]} meer ontvangen?</p>
<form method="post" action="?token=${token}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Afmelden</button></form></body></html>`;
  }

  @Post()
  @HttpCode(200)
  @PublicRateLimited()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async unsubscribe(@Query() query: UnsubscribeQuery): Promise<string> {
    const claim = this.verify(query.token);
    await runInTenant(this.dataSource, { centreId: claim.centreId }, (manager) => setOptOut(manager, claim.volunteerId, claim.centreId, claim.category, true));
    return `<!doctype html><html lang="nl"><body><h1>Afgemeld</h1><p>Je ontvangt geen ${CATEGORY_NL[claim.category]} meer. Je kunt dit altijd weer aanzetten bij je voorkeuren.</p></body></html>`;
  }

  private verify(token: string): UnsubscribeClaim {
    const claim = this.tokens.verify(token);
    if (!claim) throw new DomainProblem({ status: 400, slug: 'invalid-unsubscribe-token', title: 'Invalid unsubscribe link', detail: 'This link is not valid; use the link from the email as it is.' });
    return claim;
  }
}

import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { actorOf, isStaff, readScopeOf } from '../shared/access.js';
import { NoBodyPipe } from '../shared/no-body.pipe.js';
import { IsUuid } from '../shared/request-validation.js';
import { ContactPersonRequest, PublishOfferRequest, RegisterBusinessRequest } from './business.request.dto.js';
import { businessViewOf, OFFER_SELECT, offerViewOf, type BusinessRow, type BusinessView, type OfferRow, type OfferView } from './business.view.js';
import { BusinessesHandler, findBusinessFor } from './businesses.handler.js';

export class ListOffersQuery {
  @IsOptional()
  @IsUuid()
  businessId?: string;
}

@ApiTags('businesses')
@ApiBearerAuth()
@Controller('v1')
export class BusinessesHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(BusinessesHandler) private readonly handler: BusinessesHandler,
  ) {}

  /** A business contact registers their business (and becomes its account), or centre staff do on its behalf. */
  @Post('businesses')
  @HttpCode(201)
  @Roles('business-contact', 'centre-admin', 'consultant')
  async registerBusiness(@Body() request: RegisterBusinessRequest, @CurrentPrincipal() principal: Principal): Promise<BusinessView> {
    const actor = actorOf(principal);
    const row = await runInTenant(this.dataSource, { centreId: actor.centreId }, (m) => this.handler.registerBusiness(m, actor, request));
    return businessViewOf(row);
  }

  /** Staff see every business of their centre (consortium admins every centre); a business contact their own. */
  @Get('businesses')
  @Roles('business-contact', 'centre-admin', 'consultant', 'consortium-admin')
  async listBusinesses(@CurrentPrincipal() principal: Principal): Promise<BusinessView[]> {
    const scope = readScopeOf(principal);
    const ownOnly = !isStaff(principal) && principal.roles.includes('business-contact');
    const rows = await runInTenant(this.dataSource, scope, (m) =>
      m.query(
        `SELECT * FROM business WHERE ($1::text IS NULL OR contact_account = $1) ORDER BY name, id LIMIT 500`,
        [ownOnly ? principal.subject : null],
      ),
    );
    return (rows as BusinessRow[]).map(businessViewOf);
  }

  @Get('businesses/:id')
  @Roles('business-contact', 'centre-admin', 'consultant')
  async getBusiness(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<BusinessView> {
    const actor = actorOf(principal);
    return businessViewOf(await runInTenant(this.dataSource, { centreId: actor.centreId }, (m) => findBusinessFor(m, actor, id)));
  }

  /** A new contact person, or new details of the same one; after a removal staff name the next one. */
  @Put('businesses/:id/contact-person')
  @Roles('business-contact', 'centre-admin', 'consultant')
  async changeContactPerson(@Param('id') id: string, @Body() request: ContactPersonRequest, @CurrentPrincipal() principal: Principal): Promise<BusinessView> {
    const actor = actorOf(principal);
    const row = await runInTenant(this.dataSource, { centreId: actor.centreId }, (m) => this.handler.changeContactPerson(m, actor, id, request));
    return businessViewOf(row);
  }

  /** Erasure of the contact person; the business and its deals stay, anonymised. */
  @Delete('businesses/:id/contact-person')
  @HttpCode(204)
  @Roles('business-contact', 'centre-admin', 'consultant')
  async removeContactPerson(@Param('id') id: string, @Body(NoBodyPipe) _body: unknown, @CurrentPrincipal() principal: Principal): Promise<void> {
    const actor = actorOf(principal);
    await runInTenant(this.dataSource, { centreId: actor.centreId }, (m) => this.handler.removeContactPerson(m, actor, id));
  }

  @Post('businesses/:id/offers')
  @HttpCode(201)
  @Roles('business-contact', 'centre-admin', 'consultant')
  async publishOffer(
    @Param('id') id: string,
    @Body() request: PublishOfferRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OfferView> {
    const actor = actorOf(principal);
    return offerViewOf(await runInTenant(this.dataSource, { centreId: actor.centreId }, (m) => this.handler.publishOffer(m, actor, id, request)));
  }

  /** Offers hold no personal data: everyone of the centre who takes part in Beursvloeren may read them. */
  @Get('offers')
  @Roles('business-contact', 'organisation-coordinator', 'centre-admin', 'consultant', 'consortium-admin')
  async listOffers(@Query() query: ListOffersQuery, @CurrentPrincipal() principal: Principal): Promise<OfferView[]> {
    const rows = await runInTenant(this.dataSource, readScopeOf(principal), (m) =>
      m.query(`${OFFER_SELECT} WHERE ($1::uuid IS NULL OR o.business_id = $1) ORDER BY o.created_at DESC, o.id LIMIT 500`, [
        query.businessId ?? null,
      ]),
    );
    return (rows as OfferRow[]).map(offerViewOf);
  }
}

import { Controller, Get, Inject, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFoundProblem, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource, IsNull } from 'typeorm';
import { centreOf } from '../mediation-access.js';
import { MediationCase } from '../mediation-case.entity.js';
import { referralViewOf, type ReferralView } from '../mediation-case.view.js';
import { RegionServedGuard } from '../../matches/region-served.guard.js';

/**
 * A referrer follows only their own referrals, only their status (open, placed, ended), and only
 * while the person's consent stands: after a withdrawal the referral answers 404 like any other.
 */
@ApiTags('mediation')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/referrals')
export class ReferralsHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('referrer')
  async listReferrals(@CurrentPrincipal() principal: Principal): Promise<{ items: ReferralView[] }> {
    const centreId = centreOf(principal);
    const cases = await runInTenant(this.dataSource, { centreId }, (manager) =>
      manager.find(MediationCase, {
        where: { centreId, referrerSubject: principal.subject, consentWithdrawnAt: IsNull() },
        order: { id: 'DESC' },
        take: 100,
      }),
    );
    return { items: cases.map(referralViewOf) };
  }

  @Get(':id')
  @Roles('referrer')
  async getReferral(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<ReferralView> {
    const centreId = centreOf(principal);
    const found = await runInTenant(this.dataSource, { centreId }, (manager) =>
      manager.findOneBy(MediationCase, { id, centreId, referrerSubject: principal.subject, consentWithdrawnAt: IsNull() }),
    );
    if (!found) throw new NotFoundProblem('referral', id);
    return referralViewOf(found);
  }
}

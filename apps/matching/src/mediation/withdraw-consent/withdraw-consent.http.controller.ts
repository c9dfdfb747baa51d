import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFoundProblem, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { NoBodyPipe } from '../../matches/no-body.pipe.js';
import { centreOf, findCase } from '../mediation-access.js';
import { MediationCase } from '../mediation-case.entity.js';
import { RegionServedGuard } from '../../matches/region-served.guard.js';

/**
 * The person withdraws the consent they gave with the referral (themselves, or through a
 * consultant): from then on the referrer cannot see the case at all. The mediation itself goes on
 * unless the person also asks to stop it (close with stopped-by-person or consent-withdrawn).
 */
@ApiTags('mediation')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/mediation-cases')
export class WithdrawConsentHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Post(':id/consent/withdraw')
  @HttpCode(200)
  @Roles('consultant', 'volunteer')
  async withdrawConsent(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(NoBodyPipe) _body: unknown,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ id: string; consentWithdrawn: true }> {
    const centreId = centreOf(principal);
    await runInTenant(this.dataSource, { centreId }, async (manager) => {
      const found = await findCase(manager, centreId, id, { lock: true });
      const isConsultant = principal.roles.includes('consultant');
      // A volunteer may only withdraw for their own case; any other case is unknown to them.
      if (!isConsultant && (found.volunteerId === null || found.volunteerId !== principal.volunteerId?.toLowerCase())) {
        throw new NotFoundProblem('mediation case', id);
      }
      if (found.consentWithdrawnAt === null) await manager.update(MediationCase, { id: found.id }, { consentWithdrawnAt: new Date() });
    });
    return { id, consentWithdrawn: true };
  }
}

import { Controller, Delete, HttpCode, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, ValidationProblem, type Principal } from '@vc/service-kit';
import { accessToVolunteer } from '../volunteer-access.js';
import { CONSENT_PURPOSE } from '../volunteer-consents.js';
import { WithdrawConsentHandler } from './withdraw-consent.handler.js';

@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('v1/volunteers')
export class WithdrawConsentHttpController {
  constructor(private readonly handler: WithdrawConsentHandler) {}

  /**
   * The person withdraws a consent, themself or through staff who note it down. 204, also when it
   * was withdrawn before; 404 for a purpose never given; 409 for the registration consent (erase instead).
   */
  @Delete(':id/consents/:purpose')
  @HttpCode(204)
  @Roles('centre-admin', 'consultant', 'volunteer')
  async withdrawConsent(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('purpose') purpose: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    if (!CONSENT_PURPOSE.test(purpose)) throw new ValidationProblem([{ field: 'purpose', messages: ['purpose must be a code such as support-needs'] }]);
    const access = accessToVolunteer(principal, id, { staffRoles: ['centre-admin', 'consultant'], self: true });
    await this.handler.withdraw(access, id, purpose);
  }
}

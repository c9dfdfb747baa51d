var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
import { Controller, Delete, HttpCode, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, ValidationProblem } from '@vc/service-kit';
import { accessToVolunteer } from '../volunteer-access.js';
import { CONSENT_PURPOSE } from '../volunteer-consents.js';
import { WithdrawConsentHandler } from './withdraw-consent.handler.js';
let WithdrawConsentHttpController = class WithdrawConsentHttpController {
    constructor(handler) {
        this.handler = handler;
    }
    /**
     * The person withdraws a consent, themself or through staff who note it down. 204, also when it
     * was withdrawn before; 404 for a purpose never given; 409 for the registration consent (erase instead).
     */
    async withdrawConsent(id, purpose, principal) {
        if (!CONSENT_PURPOSE.test(purpose))
            throw new ValidationProblem([{ field: 'purpose', messages: ['purpose must be a code such as support-needs'] }]);
        const access = accessToVolunteer(principal, id, { staffRoles: ['centre-admin', 'consultant'], self: true });
        await this.handler.withdraw(access, id, purpose);
    }
};
__decorate([
    Delete(':id/consents/:purpose'),
    HttpCode(204),
    Roles('centre-admin', 'consultant', 'volunteer'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, Param('purpose')),
    __param(2, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object]),
    __metadata("design:returntype", Promise)
], WithdrawConsentHttpController.prototype, "withdrawConsent", null);
WithdrawConsentHttpController = __decorate([
    ApiTags('volunteers'),
    ApiBearerAuth(),
    Controller('v1/volunteers'),
    __metadata("design:paramtypes", [WithdrawConsentHandler])
], WithdrawConsentHttpController);
export { WithdrawConsentHttpController };
//# sourceMappingURL=withdraw-consent.http.controller.js.map
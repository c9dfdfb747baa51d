var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate } from '@vc/contracts';
import { registerDecorator } from 'class-validator';
import { IsOmittable } from '../volunteer-profile.fields.js';
import { todayInAmsterdam } from '../volunteer-values.js';
const IsAfterToday = () => (target, propertyKey) => registerDecorator({
    name: 'isAfterToday',
    target: target.constructor,
    propertyName: String(propertyKey),
    validator: {
        validate: (value) => typeof value !== 'string' || value > todayInAmsterdam(),
        defaultMessage: () => 'pausedUntil must be a date after today',
    },
});
/** No reason: why someone pauses is theirs. */
export class PauseVolunteerRequest {
}
__decorate([
    ApiPropertyOptional({ example: '2027-02-28', description: 'Last day of the pause, when known' }),
    IsOmittable(),
    IsCalendarDate(),
    IsAfterToday(),
    __metadata("design:type", String)
], PauseVolunteerRequest.prototype, "pausedUntil", void 0);
//# sourceMappingURL=pause-volunteer.request.dto.js.map
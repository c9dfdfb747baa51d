var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested, } from 'class-validator';
export class ConsentTextRequest {
}
__decorate([
    ApiProperty({ example: 'registration' }),
    IsString(),
    Length(2, 50),
    __metadata("design:type", String)
], ConsentTextRequest.prototype, "purpose", void 0);
__decorate([
    ApiProperty({ example: '2026-01' }),
    IsString(),
    Length(1, 20),
    __metadata("design:type", String)
], ConsentTextRequest.prototype, "version", void 0);
__decorate([
    ApiProperty({ example: 'nl', enum: ['nl', 'en'] }),
    IsIn(['nl', 'en']),
    __metadata("design:type", String)
], ConsentTextRequest.prototype, "language", void 0);
__decorate([
    ApiProperty({ example: 'Ik geef toestemming om mijn gegevens te gebruiken voor bemiddeling.' }),
    IsString(),
    Length(10, 5_000),
    __metadata("design:type", String)
], ConsentTextRequest.prototype, "text", void 0);
export class CreateCentreRequest {
}
__decorate([
    ApiProperty(),
    IsUUID(),
    __metadata("design:type", String)
], CreateCentreRequest.prototype, "regionId", void 0);
__decorate([
    ApiProperty({ example: 'Vrijwilligerscentrale Utrecht' }),
    IsString(),
    Length(2, 200),
    __metadata("design:type", String)
], CreateCentreRequest.prototype, "name", void 0);
__decorate([
    ApiProperty({ example: ['GM0344'], description: 'CBS gemeentecodes of the municipalities served' }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(50),
    Matches(/^GM[0-9]{4}$/, { each: true, message: 'each value in municipalities must be a CBS gemeentecode like GM0344' }),
    __metadata("design:type", Array)
], CreateCentreRequest.prototype, "municipalities", void 0);
__decorate([
    ApiPropertyOptional({ example: ['nl', 'en'] }),
    IsOptional(),
    IsArray(),
    ArrayMinSize(1),
    IsIn(['nl', 'en'], { each: true }),
    __metadata("design:type", Array)
], CreateCentreRequest.prototype, "languages", void 0);
__decorate([
    ApiPropertyOptional({ type: [ConsentTextRequest] }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    ValidateNested({ each: true }),
    Type(() => ConsentTextRequest),
    __metadata("design:type", Array)
], CreateCentreRequest.prototype, "consentTexts", void 0);
__decorate([
    ApiPropertyOptional({ description: 'Other centres of the consortium may offer this centre\'s vacancies' }),
    IsOptional(),
    IsBoolean(),
    __metadata("design:type", Boolean)
], CreateCentreRequest.prototype, "sharesVacancies", void 0);
//# sourceMappingURL=create-centre.request.dto.js.map
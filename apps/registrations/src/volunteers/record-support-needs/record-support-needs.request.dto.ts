import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { IsOmittable } from '../volunteer-profile.fields.js';
import { SupportNeedsRequest } from '../volunteer-support-needs.request.dto.js';

export class SupportNeedsConsentRequest {
  @ApiProperty({ example: '2026-01', description: "Version of the centre's support-needs consent text the person agreed to" })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 20)
  textVersion!: string;
}

/** Replaces the support needs. Needs the person's support-needs consent: recorded before, or given now. */
export class RecordSupportNeedsRequest extends SupportNeedsRequest {
  @ApiPropertyOptional({ type: SupportNeedsConsentRequest, description: 'The support-needs consent, when the person gives it now' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SupportNeedsConsentRequest)
  consent?: SupportNeedsConsentRequest;
}

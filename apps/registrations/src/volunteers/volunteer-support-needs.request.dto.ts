import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import { IsOmittable } from './volunteer-profile.fields.js';

/** Who referred the person for mediation. */
export const REFERRAL_SOURCES = ['self', 'social-neighbourhood-team', 're-integration-coach', 'coa', 'school', 'other'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

/** The group whose programme the person comes through. */
export const TARGET_GROUPS = ['newcomer', 're-integration', 'social-activation', 'other'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/**
 * Support needs: special-category data, stored only with the `support-needs` consent, readable
 * only by the centre's consultants, never in any event (only `guidanceNeeded` shows, as the
 * needsGuidance flag, without its reason).
 */
export class SupportNeedsRequest {
  @ApiPropertyOptional({ enum: REFERRAL_SOURCES })
  @IsOmittable()
  @IsIn(REFERRAL_SOURCES)
  referralSource?: ReferralSource;

  @ApiPropertyOptional({ enum: TARGET_GROUPS })
  @IsOmittable()
  @IsIn(TARGET_GROUPS)
  targetGroup?: TargetGroup;

  @ApiProperty()
  @IsBoolean()
  guidanceNeeded!: boolean;
}

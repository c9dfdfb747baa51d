import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTNERSHIPS_LIMITS } from '@vc/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { ExpectList, IsDateText, IsNonBlankText, IsNotBefore, IsOmittable, Trimmed } from '../shared/request-validation.js';

export class CampaignDeadlineRequest {
  @ApiProperty({ example: 'Klussen aanmelden op nldoet.nl', maxLength: 200 })
  @Trimmed()
  @IsNonBlankText(200)
  label!: string;

  @ApiProperty({ example: '2027-02-01' })
  @IsDateText()
  date!: string;
}

export class OpenCampaignRequest {
  @ApiProperty({ example: 'NLdoet 2027', maxLength: PARTNERSHIPS_LIMITS.name })
  @Trimmed()
  @IsNonBlankText(PARTNERSHIPS_LIMITS.name)
  name!: string;

  @ApiProperty({ example: '2027-03-12' })
  @IsDateText()
  startsOn!: string;

  @ApiProperty({ example: '2027-03-13' })
  @IsDateText()
  @IsNotBefore('startsOn')
  endsOn!: string;

  @ApiPropertyOptional({ type: [CampaignDeadlineRequest], description: "The organisers' deadlines, e.g. when activities must be registered" })
  @IsOmittable()
  @ExpectList()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CampaignDeadlineRequest)
  deadlines?: CampaignDeadlineRequest[];
}

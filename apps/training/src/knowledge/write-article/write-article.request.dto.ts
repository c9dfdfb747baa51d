import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGISTRATIONS_LIMITS, TAXONOMY_CODE, TRAINING_LIMITS } from '@vc/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsString, Matches, MaxLength } from 'class-validator';
import { IsNonBlankText, IsOmittable, Trimmed } from '@vc/service-kit';

export class WriteArticleRequest {
  @ApiProperty({ example: 'Een vrijwilligersvergoeding: wat mag er?', maxLength: TRAINING_LIMITS.title })
  @Trimmed()
  @IsNonBlankText(TRAINING_LIMITS.title)
  title!: string;

  @ApiProperty({ example: 'De regels voor de vrijwilligersvergoeding in 2027, kort.', maxLength: 1000 })
  @Trimmed()
  @IsNonBlankText(1000)
  summary!: string;

  @ApiProperty({ description: 'Plain text or Markdown', maxLength: 50_000 })
  @IsNonBlankText(50_000)
  body!: string;

  @ApiProperty({ example: ['volunteer-policy'] })
  @IsArray()
  @ArrayMaxSize(TRAINING_LIMITS.topics)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(REGISTRATIONS_LIMITS.taxonomyCode, { each: true })
  @Matches(TAXONOMY_CODE, { each: true, message: 'each value in $property must be a code such as volunteer-policy' })
  topics!: string[];

  @ApiPropertyOptional({ default: false, description: "Whether the consortium's other centres may show it too" })
  @IsOmittable()
  @IsBoolean()
  sharedWithConsortium?: boolean;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CourseAudience, REGISTRATIONS_LIMITS, TAXONOMY_CODE, TRAINING_LIMITS } from '@vc/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsISO6391, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsNonBlankText, IsOmittable, Trimmed } from '@vc/service-kit';

const AUDIENCES = Object.values(CourseAudience);

export class PublishCourseRequest {
  @ApiProperty({ example: 'Omgaan met agressie', maxLength: TRAINING_LIMITS.title })
  @Trimmed()
  @IsNonBlankText(TRAINING_LIMITS.title)
  title!: string;

  @ApiProperty({ example: 'Hoe herken je escalatie en wat doe je dan? Met oefeningen.', maxLength: 5000 })
  @Trimmed()
  @IsNonBlankText(5000)
  description!: string;

  @ApiProperty({ enum: AUDIENCES, isArray: true, example: ['volunteers', 'coordinators'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(AUDIENCES, { each: true, message: `each value in $property must be one of ${AUDIENCES.join(', ')}` })
  audiences!: CourseAudience[];

  @ApiProperty({ example: ['dealing-with-aggression'], description: 'Topic codes' })
  @IsArray()
  @ArrayMaxSize(TRAINING_LIMITS.topics)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(REGISTRATIONS_LIMITS.taxonomyCode, { each: true })
  @Matches(TAXONOMY_CODE, { each: true, message: 'each value in $property must be a code such as first-aid' })
  topics!: string[];

  @ApiProperty({ example: ['social.de-escalation'], description: 'Skill codes from the shared taxonomy (as registrations uses)' })
  @IsArray()
  @ArrayMaxSize(TRAINING_LIMITS.skills)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(REGISTRATIONS_LIMITS.taxonomyCode, { each: true })
  @Matches(TAXONOMY_CODE, { each: true, message: 'each value in $property must be a taxonomy code such as care.respite' })
  skills!: string[];

  @ApiProperty({ example: 'nl', description: 'ISO 639-1' })
  @IsString()
  @IsISO6391({ message: '$property must be an ISO 639-1 language code such as nl' })
  language!: string;

  @ApiProperty({ example: 0, description: 'Price in euro cents; 0 is free' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  priceCents!: number;

  @ApiProperty({ description: "Whether the consortium's other centres may enrol their people" })
  @IsBoolean()
  openToConsortium!: boolean;

  @ApiPropertyOptional({ example: 1, default: 1, description: 'Sessions a participant attends for the certificate' })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(50)
  requiredSessions?: number;
}

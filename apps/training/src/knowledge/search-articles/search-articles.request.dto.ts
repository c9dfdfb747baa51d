import { ApiPropertyOptional } from '@nestjs/swagger';
import { TAXONOMY_CODE } from '@vc/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsOmittable, Trimmed } from '@vc/service-kit';

export class SearchArticlesQuery {
  @ApiPropertyOptional({ example: 'vrijwilligersvergoeding belasting', description: 'Dutch full text (word forms match)' })
  @IsOmittable()
  @Trimmed()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ example: 'volunteer-policy' })
  @IsOmittable()
  @IsString()
  @MaxLength(64)
  @Matches(TAXONOMY_CODE, { message: '$property must be a code such as volunteer-policy' })
  topic?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 50 })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

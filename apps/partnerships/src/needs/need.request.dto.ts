import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BeursvloerCategory, PARTNERSHIPS_LIMITS, TAXONOMY_CODE } from '@vc/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';
import { MONEY_CATEGORIES } from '../shared/money.js';
import { ExpectList, IsDateText, IsNonBlankText, IsOmittable, IsUuid, Trimmed } from '../shared/request-validation.js';

const CATEGORIES = Object.values(BeursvloerCategory);

export class PublishNeedRequest {
  @ApiPropertyOptional({ description: 'Required for centre staff; a coordinator publishes for the organisation in their token' })
  @IsOmittable()
  @IsUuid()
  organisationId?: string;

  @ApiProperty({ enum: CATEGORIES, description: 'Money is not a category: asking for money is refused with 422 money-not-allowed' })
  // Money words pass this check on purpose, so the handler can refuse them with the money problem.
  @IsIn([...CATEGORIES, ...MONEY_CATEGORIES], { message: `category must be one of ${CATEGORIES.join(', ')}` })
  category!: BeursvloerCategory;

  @ApiProperty({ example: 'Hulp bij een nieuwe website voor het buurthuis', maxLength: PARTNERSHIPS_LIMITS.title })
  @Trimmed()
  @IsNonBlankText(PARTNERSHIPS_LIMITS.title)
  title!: string;

  @ApiProperty({ maxLength: 2000 })
  @Trimmed()
  @IsNonBlankText(2000)
  description!: string;

  @ApiPropertyOptional({ type: [String], example: ['webdesign'] })
  @IsOmittable()
  @ExpectList()
  @IsArray()
  @ArrayMaxSize(PARTNERSHIPS_LIMITS.skills)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(TAXONOMY_CODE, { each: true, message: 'each value in skills must be a taxonomy code' })
  skills?: string[];

  @ApiPropertyOptional({ example: 30, description: 'How many (means and materials); with unit' })
  @ValidateIf((o: PublishNeedRequest) => o.quantity !== undefined || o.unit !== undefined)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity?: number;

  @ApiPropertyOptional({ example: 'stoelen', description: 'A currency is refused: no money' })
  @ValidateIf((o: PublishNeedRequest) => o.quantity !== undefined || o.unit !== undefined)
  @Trimmed()
  @IsNonBlankText(40)
  unit?: string;

  @ApiPropertyOptional({ example: '2027-05-01' })
  @IsOmittable()
  @IsDateText()
  neededBy?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTNERSHIPS_LIMITS, POSTCODE_AREA } from '@vc/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsString, Matches } from 'class-validator';
import { ExpectList, IsDateText, IsNonBlankText, IsOmittable, Trimmed } from '../shared/request-validation.js';

export class ScheduleBeursvloerRequest {
  @ApiProperty({ example: 'Beursvloer Amersfoort 2027', maxLength: PARTNERSHIPS_LIMITS.name })
  @Trimmed()
  @IsNonBlankText(PARTNERSHIPS_LIMITS.name)
  name!: string;

  @ApiProperty({ example: '2027-10-07' })
  @IsDateText()
  date!: string;

  @ApiProperty({ example: 'Stadhuis, Amersfoort', maxLength: PARTNERSHIPS_LIMITS.place })
  @Trimmed()
  @IsNonBlankText(PARTNERSHIPS_LIMITS.place)
  place!: string;

  @ApiPropertyOptional({ example: '3811' })
  @IsOmittable()
  @IsString()
  @Matches(POSTCODE_AREA, { message: '$property must be the four digits of a Dutch postcode (PC4)' })
  postcodeArea?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const IdList = (): PropertyDecorator => (target, key) => {
  IsOmittable()(target, key);
  ExpectList()(target, key);
  IsArray()(target, key);
  ArrayMaxSize(500)(target, key);
  ArrayUnique()(target, key);
  IsString({ each: true })(target, key);
  Matches(UUID, { each: true, message: 'each value in $property must be a UUID' })(target, key);
};

/** Adds participants and items to the board; ids already there are kept once. */
export class UpdateBoardRequest {
  @ApiPropertyOptional({ type: [String] })
  @IdList()
  businessIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IdList()
  organisationIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Offers on the board; their businesses take part too' })
  @IdList()
  offerIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Needs on the board; their organisations take part too' })
  @IdList()
  needIds?: string[];
}

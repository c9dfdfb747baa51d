import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

export class ConsentTextRequest {
  @ApiProperty({ example: 'registration' })
  @IsString()
  @Length(2, 50)
  purpose!: string;

  @ApiProperty({ example: '2026-01' })
  @IsString()
  @Length(1, 20)
  version!: string;

  @ApiProperty({ example: 'nl', enum: ['nl', 'en'] })
  @IsIn(['nl', 'en'])
  language!: 'nl' | 'en';

  @ApiProperty({ example: 'Ik geef toestemming om mijn gegevens te gebruiken voor bemiddeling.' })
  @IsString()
  @Length(10, 5_000)
  text!: string;
}

export class CreateCentreRequest {
  @ApiProperty()
  @IsUUID()
  regionId!: string;

  @ApiProperty({ example: 'Vrijwilligerscentrale Utrecht' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiProperty({ example: ['GM0344'], description: 'CBS gemeentecodes of the municipalities served' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(/^GM[0-9]{4}$/, { each: true, message: 'each value in municipalities must be a CBS gemeentecode like GM0344' })
  municipalities!: string[];

  @ApiPropertyOptional({ example: ['nl', 'en'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(['nl', 'en'], { each: true })
  languages?: Array<'nl' | 'en'>;

  @ApiPropertyOptional({ type: [ConsentTextRequest] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ConsentTextRequest)
  consentTexts?: ConsentTextRequest[];

  @ApiPropertyOptional({ description: 'Other centres of the consortium may offer this centre\'s vacancies' })
  @IsOptional()
  @IsBoolean()
  sharesVacancies?: boolean;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CreateRegionRequest {
  @ApiProperty({ example: 'Midden-Nederland' })
  @IsString()
  @Length(2, 100)
  name!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, Matches } from 'class-validator';

export class ParticipationQuery {
  @ApiProperty({ example: '2027-01-01', description: 'First day (Europe/Amsterdam), by session start' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: '$property must be an existing calendar date' })
  from!: string;

  @ApiProperty({ example: '2027-12-31', description: 'Last day, inclusive' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: '$property must be an existing calendar date' })
  to!: string;
}

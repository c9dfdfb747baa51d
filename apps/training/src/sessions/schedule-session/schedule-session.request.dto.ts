import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { IsLocalDateTime } from '../../shared/request-validation.js';
import { IsNonBlankText, IsOmittable, Trimmed } from '@vc/service-kit';

export class ScheduleSessionRequest {
  @ApiProperty({ example: '2027-03-12T19:30', description: 'Europe/Amsterdam' })
  @IsLocalDateTime()
  startsAt!: string;

  @ApiProperty({ example: '2027-03-12T21:30', description: 'Europe/Amsterdam; after startsAt' })
  @IsLocalDateTime()
  endsAt!: string;

  @ApiProperty({ example: '2027-03-10T23:59', description: 'Europe/Amsterdam; not after startsAt' })
  @IsLocalDateTime()
  enrolmentDeadline!: string;

  @ApiPropertyOptional({ example: 'Buurthuis De Linde, Lindelaan 3, Utrecht', description: 'A place, an online link, or both' })
  @IsOmittable()
  @Trimmed()
  @IsNonBlankText(300)
  location?: string;

  @ApiPropertyOptional({ example: 'https://meet.example.nl/agressie-maart' })
  @IsOmittable()
  @MaxLength(500)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: '$property must be an https:// link' })
  onlineUrl?: string;

  @ApiProperty({ example: 'Mirjam Bakker', maxLength: 200 })
  @Trimmed()
  @IsNonBlankText(200)
  trainerName!: string;

  @ApiProperty({ example: 20, minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity!: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { CefrLevel, ContactLanguage } from '@vc/contracts';
import {
  Availability,
  AvailabilitySlotRequest,
  DateOfBirth,
  DutchLevel,
  Email,
  FirstName,
  HoursPerWeek,
  Interests,
  IsClearable,
  IsOmittable,
  IsStudent,
  Languages,
  LastName,
  Phone,
  Postcode,
  PreferredLanguage,
  Skills,
  TravelRadiusKm,
  Vog,
  VogRequest,
} from '../volunteer-profile.fields.js';

/**
 * A partial profile: fields left out stay as they are; null clears a field the profile may lack
 * (phone, date of birth, postcode, hours per week, Dutch level). Consents and support needs are
 * not changed here.
 */
export class UpdateVolunteerRequest {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOmittable()
  @FirstName()
  firstName?: string;

  @ApiPropertyOptional({ maxLength: 150 })
  @IsOmittable()
  @LastName()
  lastName?: string;

  @ApiPropertyOptional({ maxLength: 254 })
  @IsOmittable()
  @Email()
  email?: string;

  @ApiPropertyOptional({ nullable: true, example: '06 12345678' })
  @IsClearable()
  @Phone()
  phone?: string | null;

  @ApiPropertyOptional({ enum: Object.values(ContactLanguage) })
  @IsOmittable()
  @PreferredLanguage()
  preferredLanguage?: ContactLanguage;

  @ApiPropertyOptional({ nullable: true, example: '1990-05-01' })
  @IsClearable()
  @DateOfBirth()
  dateOfBirth?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '3582 KL' })
  @IsClearable()
  @Postcode()
  postcode?: string | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 250 })
  @IsOmittable()
  @TravelRadiusKm()
  travelRadiusKm?: number;

  @ApiPropertyOptional()
  @IsOmittable()
  @Skills()
  skills?: string[];

  @ApiPropertyOptional()
  @IsOmittable()
  @Interests()
  interests?: string[];

  @ApiPropertyOptional({ type: [AvailabilitySlotRequest] })
  @IsOmittable()
  @Availability()
  availability?: AvailabilitySlotRequest[];

  @ApiPropertyOptional({ nullable: true, minimum: 0, maximum: 40 })
  @IsClearable()
  @HoursPerWeek()
  hoursPerWeek?: number | null;

  @ApiPropertyOptional()
  @IsOmittable()
  @Languages()
  languages?: string[];

  @ApiPropertyOptional({ nullable: true, enum: Object.values(CefrLevel) })
  @IsClearable()
  @DutchLevel()
  dutchLevel?: CefrLevel | null;

  @ApiPropertyOptional({ type: VogRequest, description: 'Replaces status and expiry together' })
  @IsOmittable()
  @Vog()
  vog?: VogRequest;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsStudent()
  isStudent?: boolean;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CefrLevel, ContactLanguage } from '@vc/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsObject, IsString, Length, Matches, ValidateNested } from 'class-validator';
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
import { CONSENT_PURPOSE } from '../volunteer-consents.js';
import { SupportNeedsRequest } from '../volunteer-support-needs.request.dto.js';

export class ConsentRequest {
  @ApiProperty({ example: 'registration', description: 'registration (required), support-needs, or another purpose the centre asks' })
  @IsString()
  @Matches(CONSENT_PURPOSE, { message: 'purpose must be a code such as registration or support-needs' })
  purpose!: string;

  @ApiProperty({ example: '2026-01', description: "Version of the centre's consent text the person agreed to" })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 20)
  textVersion!: string;
}

/** The profile a person gives on registration, by themselves or through a consultant. */
export class RegisterVolunteerRequest {
  @ApiProperty({ example: 'Samira', maxLength: 100 })
  @FirstName()
  firstName!: string;

  @ApiProperty({ example: 'el Amrani', maxLength: 150 })
  @LastName()
  lastName!: string;

  @ApiProperty({ example: 'samira.elamrani@example.nl', maxLength: 254 })
  @Email()
  email!: string;

  @ApiPropertyOptional({ example: '06 12345678', description: 'Dutch or international; stored in E.164' })
  @IsClearable()
  @Phone()
  phone?: string | null;

  @ApiProperty({ enum: Object.values(ContactLanguage), example: 'nl' })
  @PreferredLanguage()
  preferredLanguage!: ContactLanguage;

  @ApiPropertyOptional({ example: '1990-05-01' })
  @IsClearable()
  @DateOfBirth()
  dateOfBirth?: string | null;

  @ApiPropertyOptional({ example: '3582 KL', description: 'Dutch postcode; stored as 3582 KL' })
  @IsClearable()
  @Postcode()
  postcode?: string | null;

  @ApiProperty({ example: 5, minimum: 0, maximum: 250 })
  @TravelRadiusKm()
  travelRadiusKm!: number;

  @ApiPropertyOptional({ example: ['social.listening'], description: 'Skill codes of the shared taxonomy' })
  @IsOmittable()
  @Skills()
  skills?: string[];

  @ApiPropertyOptional({ example: ['care'], description: 'Sector codes' })
  @IsOmittable()
  @Interests()
  interests?: string[];

  @ApiPropertyOptional({ type: [AvailabilitySlotRequest] })
  @IsOmittable()
  @Availability()
  availability?: AvailabilitySlotRequest[];

  @ApiPropertyOptional({ example: 4, minimum: 0, maximum: 40 })
  @IsClearable()
  @HoursPerWeek()
  hoursPerWeek?: number | null;

  @ApiPropertyOptional({ example: ['nl', 'ar'], description: 'ISO 639-1' })
  @IsOmittable()
  @Languages()
  languages?: string[];

  @ApiPropertyOptional({ enum: Object.values(CefrLevel) })
  @IsClearable()
  @DutchLevel()
  dutchLevel?: CefrLevel | null;

  @ApiPropertyOptional({ type: VogRequest, description: 'Status and expiry only; never any detail of a record' })
  @IsOmittable()
  @Vog()
  vog?: VogRequest;

  @ApiPropertyOptional({ description: 'Secondary-school student looking for a maatschappelijke stage' })
  @IsOmittable()
  @IsStudent()
  isStudent?: boolean;

  @ApiProperty({ type: [ConsentRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique((consent: ConsentRequest) => consent?.purpose, { message: 'consents must give each purpose once' })
  @ValidateNested({ each: true })
  @Type(() => ConsentRequest)
  consents!: ConsentRequest[];

  @ApiPropertyOptional({ type: SupportNeedsRequest, description: 'Accepted only with the support-needs consent' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SupportNeedsRequest)
  supportNeeds?: SupportNeedsRequest;
}

import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsIn, IsObject, IsString, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { OPTIONAL_CATEGORIES, type Category } from '../templates/template-catalogue.js';

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export class QuietHoursRequest {
  /** Europe/Amsterdam wall clock, HH:MM. */
  @IsString()
  @Matches(TIME, { message: '$property must be a time as HH:MM' })
  starts!: string;

  @IsString()
  @Matches(TIME, { message: '$property must be a time as HH:MM' })
  ends!: string;
}

export class UpdatePreferencesRequest {
  /** Categories the person does not want by email (transactional messages cannot be switched off). */
  @IsArray()
  @ArrayUnique()
  @IsIn(OPTIONAL_CATEGORIES, { each: true, message: `each value in $property must be one of ${OPTIONAL_CATEGORIES.join(', ')}` })
  optedOut!: Category[];

  /** null: no quiet hours. */
  @ValidateIf((_object, value) => value !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => QuietHoursRequest)
  quietHours!: QuietHoursRequest | null;
}

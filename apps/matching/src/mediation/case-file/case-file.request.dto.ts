import { ApiProperty } from '@nestjs/swagger';
import { IsNonBlankText } from '../../matches/request-validation.js';

export class AddNoteRequest {
  @ApiProperty({ description: 'A consultant’s note; read only by the centre’s consultants, every read audited', maxLength: 8000 })
  @IsNonBlankText(8000)
  text!: string;
}

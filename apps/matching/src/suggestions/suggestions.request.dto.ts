import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';

export const DEFAULT_SUGGESTIONS = 20;
export const MAX_SUGGESTIONS = 100;

export class SuggestionsRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SUGGESTIONS, default: DEFAULT_SUGGESTIONS })
  @ValidateIf((request: SuggestionsRequest) => request.limit !== undefined)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SUGGESTIONS)
  limit?: number;
}

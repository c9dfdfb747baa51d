import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, IsUrl, MaxLength } from 'class-validator';
import { PUBLIC_CONTRACTS } from '../consumers/notifications-consumer.js';

/** Event types an integrator may subscribe to: public contracts only (never the contact stream). */
export const DELIVERABLE_EVENT_TYPES = [...new Set(PUBLIC_CONTRACTS.map((contract) => contract.type))].sort();

export class CreateWebhookEndpointRequest {
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false, require_valid_protocol: true }, { message: '$property must be an http(s) URL' })
  url!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsIn(DELIVERABLE_EVENT_TYPES, { each: true, message: 'each value in $property must be the type of a public event (see docs/events.md)' })
  eventTypes!: string[];
}

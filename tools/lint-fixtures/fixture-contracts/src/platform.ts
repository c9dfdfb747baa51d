// Refused: contracts depend on a platform library.
import { Outbox } from '@vc/messaging';

export const used = Outbox;

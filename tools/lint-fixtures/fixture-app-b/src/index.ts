// Refused: an app imports another app.
import { main } from '@vc/lint-fixture-app-a';

export const borrowed = main;

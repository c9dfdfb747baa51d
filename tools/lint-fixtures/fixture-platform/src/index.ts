// Refused: a platform library depends on an app.
import { main } from '@vc/lint-fixture-app-a';

export const used = main;

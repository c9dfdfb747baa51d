import { MatchingTestApp } from './matching-test-app.js';
import { badInputCases } from './workflow/bad-input.cases.js';
import { erasureCases } from './workflow/erasure.cases.js';
import { matchesCases } from './workflow/matches.cases.js';
import { mediationCases } from './workflow/mediation.cases.js';
import { placementsCases } from './workflow/placements.cases.js';
import { rowLevelSecurityCases } from './workflow/row-level-security.cases.js';
import type { SharedApp } from './workflow/shared-app.js';

/*
 * Matches, mediation cases and placements against one instance of the real service: starting an
 * app per file is most of an integration file's time, and every case seeds a centre of its own
 * (fresh ids), so they cannot see each other.
 */
let app: MatchingTestApp | undefined;
const shared: SharedApp = {
  app: () => {
    if (!app) throw new Error('the workflow app has not started');
    return app;
  },
};
const previousInterval = process.env.MATCHING_FOLLOW_UP_CHECK_SECONDS;

beforeAll(async () => {
  // Reminders must come by themselves: look for due follow-ups every second in this run.
  process.env.MATCHING_FOLLOW_UP_CHECK_SECONDS = '1';
  app = await MatchingTestApp.start();
});

afterAll(async () => {
  if (previousInterval === undefined) delete process.env.MATCHING_FOLLOW_UP_CHECK_SECONDS;
  else process.env.MATCHING_FOLLOW_UP_CHECK_SECONDS = previousInterval;
  await app?.stop();
  await MatchingTestApp.closePublisher();
});

matchesCases(shared);
mediationCases(shared);
placementsCases(shared);
erasureCases(shared);
badInputCases(shared);
rowLevelSecurityCases(shared);

import type { MatchingTestApp } from '../matching-test-app.js';

/** The one app instance the workflow cases share (started by workflow.int-spec.ts's beforeAll). */
export interface SharedApp {
  app(): MatchingTestApp;
}

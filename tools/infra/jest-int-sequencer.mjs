// @ts-check
// Integration test files in jest's usual order, except the scan of public topics for personal
// data: it reads what every other file published, so it runs last.
import SequencerModule from '@jest/test-sequencer';

// The ESM entry's default is the class; TypeScript reads the CommonJS typings, where it is `.default`.
const Sequencer = /** @type {typeof import('@jest/test-sequencer').default} */ (/** @type {unknown} */ (SequencerModule));

export const RUNS_LAST = 'public-topics-privacy.int-spec.ts';

export default class IntegrationSequencer extends Sequencer {
  /**
   * @override
   * @param {import('@jest/test-result').Test[]} tests
   */
  async sort(tests) {
    const sorted = await super.sort(tests);
    /** @param {import('@jest/test-result').Test} test */
    const last = (test) => test.path.endsWith(RUNS_LAST);
    return [...sorted.filter((test) => !last(test)), ...sorted.filter(last)];
  }
}

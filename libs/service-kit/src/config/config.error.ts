export interface ConfigProblem {
  variable: string;
  problem: string;
}

/** Thrown once at start with every bad variable, so an operator fixes them all in one go. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`Invalid configuration:\n${problems.map(({ problem }) => `  - ${problem}`).join('\n')}`);
  }
}

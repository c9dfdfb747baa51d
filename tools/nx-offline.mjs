// @ts-check
// Nx must never reach for a cloud service or a daemon: CI has no network to spare and the lint
// rule needs a graph computed in-process.
process.env.NX_DAEMON = 'false';
process.env.NX_NO_CLOUD = 'true';
process.env.NX_SKIP_NX_CACHE ??= 'false';
process.env.NX_TUI = 'false';

/** Computes (and caches on disk) the Nx project graph that @nx/enforce-module-boundaries reads. */
export async function prepareNx() {
  const { createProjectGraphAsync } = await import('@nx/devkit');
  return createProjectGraphAsync({ exitOnError: true });
}

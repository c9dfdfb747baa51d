// Renders the Kustomize overlays offline with `kubectl kustomize` (or a standalone `kustomize`
// when KUSTOMIZE points at one), and says what to install when neither is there.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

export const k8sRoot = path.resolve(import.meta.dirname, '..', '..', 'k8s');

/** `labels[].fields`, components and replacements need kustomize 5. */
export const MINIMUM_KUSTOMIZE = [5, 0, 0] as const;

export type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> } } & Record<string, unknown>;

const INSTALL_HINT =
  'Rendering k8s/ needs kustomize 5.0 or newer: kubectl 1.27+ (which has it built in, `kubectl kustomize`) from ' +
  'https://kubernetes.io/docs/tasks/tools/, or a standalone kustomize 5 binary named by KUSTOMIZE=/path/to/kustomize. ' +
  "Debian's kubernetes-client package is too old.";

export class RendererMissing extends Error {
  override readonly name = 'RendererMissing';
}

function versionAtLeast(version: string, minimum: readonly number[]): boolean {
  const parts = (/(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  if (parts.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    if ((parts[i] ?? 0) !== (minimum[i] ?? 0)) return (parts[i] ?? 0) > (minimum[i] ?? 0);
  }
  return true;
}

export interface Renderer {
  describe: string;
  /** Asynchronous so several overlays render at once. */
  render(overlay: string): Promise<K8sObject[]>;
}

/** The renderer this machine has; throws RendererMissing (with what to install) otherwise. */
export function findRenderer(env: NodeJS.ProcessEnv = process.env): Renderer {
  const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  let command: string;
  let prefix: string[];
  let version: string;
  try {
    if (env.KUSTOMIZE) {
      command = env.KUSTOMIZE;
      prefix = ['build'];
      version = run(command, ['version']);
    } else {
      command = env.KUBECTL ?? 'kubectl';
      prefix = ['kustomize'];
      version = (JSON.parse(run(command, ['version', '--client', '-o', 'json'])) as { kustomizeVersion?: string }).kustomizeVersion ?? '';
    }
  } catch (error) {
    throw new RendererMissing(`${INSTALL_HINT} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  if (!versionAtLeast(version, MINIMUM_KUSTOMIZE)) {
    throw new RendererMissing(`${INSTALL_HINT} Found kustomize ${version.trim() || 'of unknown version'} via ${command}.`);
  }
  return {
    describe: `${command} ${prefix.join(' ')} (kustomize ${version.trim()})`,
    async render(overlay) {
      const { stdout: output } = await promisify(execFile)(command, [...prefix, overlay], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      return parseAllDocuments(output)
        .map((document) => document.toJS() as K8sObject | null)
        .filter((object): object is K8sObject => object !== null);
    },
  };
}

/** Every directory under k8s/overlays with a kustomization.yaml, relative to k8s/. */
export function listOverlays(root = k8sRoot): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (fs.existsSync(path.join(dir, 'kustomization.yaml'))) found.push(path.relative(root, dir));
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) walk(path.join(dir, entry.name));
  };
  walk(path.join(root, 'overlays'));
  return found.sort();
}

export const isRegionOverlay = (overlay: string) => /(^|\/)matching-region-[a-z0-9-]+$/.test(overlay);

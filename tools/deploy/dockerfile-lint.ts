// The rules the service image must keep (issue 9). CI has no Docker engine, so the Dockerfile is
// parsed and checked instead of built; `lintDockerfile` returns one line per broken rule.
import { DockerfileParser, type Copy, type Instruction } from 'dockerfile-ast';

interface Stage {
  name: string | undefined;
  image: string;
  instructions: Instruction[];
}

const SECRET_NAME = /SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL/i;
const ROOT_USERS = new Set(['root', '0', 'root:root', '0:0']);

function substitute(text: string, variables: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, braced: string | undefined, bare: string | undefined) => variables.get(braced ?? bare ?? '') ?? whole);
}

function stagesOf(instructions: readonly Instruction[], globalArgs: ReadonlyMap<string, string>): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.getKeyword() === 'FROM') {
      const [image = '', as, name] = substitute(instruction.getArgumentsContent() ?? '', globalArgs)
        .split(/\s+/)
        .filter((word) => !word.startsWith('--'));
      stages.push({ image, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

/** ["a", "b"] of an exec-form instruction, or undefined for the shell form. */
function execForm(instruction: Instruction): string[] | undefined {
  const text = (instruction.getArgumentsContent() ?? '').trim();
  if (!text.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function argumentsOf(stage: Stage, keyword: string): string[] {
  return stage.instructions.filter((i) => i.getKeyword() === keyword).map((i) => i.getArgumentsContent() ?? '');
}

const installsProductionOnly = (run: string) => /\bnpm\s+(ci|install|prune)\b[^\n]*(--omit[= ]dev|--production\b)/.test(run);

/** Problems with `content` as the service image's Dockerfile; empty when every rule holds. */
export function lintDockerfile(content: string): string[] {
  const problems: string[] = [];
  const dockerfile = DockerfileParser.parse(content);
  const all = dockerfile.getInstructions();
  const globalArgs = new Map<string, string>();
  for (const arg of dockerfile.getInitialARGs()) {
    const property = arg.getProperty();
    if (property?.getValue()) globalArgs.set(property.getName(), property.getValue() ?? '');
  }
  const stages = stagesOf(all, globalArgs);
  if (stages.length < 2) problems.push('multi-stage build expected: a build stage and a runtime stage');
  const stageNames = new Set(stages.map((s) => s.name).filter((n): n is string => n !== undefined));

  for (const stage of stages) {
    if (stageNames.has(stage.image)) continue;
    const [, tag] = stage.image.split('@')[0]?.split(/:(?=[^/]*$)/) ?? [];
    const digest = stage.image.includes('@sha256:');
    if (/\$/.test(stage.image)) problems.push(`base image "${stage.image}" uses an ARG without a default`);
    else if (tag === 'latest') problems.push(`base image "${stage.image}" uses the tag latest`);
    else if (!digest && !(tag && /\d+\.\d+\.\d+/.test(tag))) problems.push(`base image "${stage.image}" is not pinned to a digest or a full version tag`);
  }

  for (const instruction of all) {
    const keyword = instruction.getKeyword();
    if (keyword !== 'ENV' && keyword !== 'ARG') continue;
    const names = (instruction.getArgumentsContent() ?? '').match(/(?:^|\s)([A-Za-z_][A-Za-z0-9_]*)(?==|\s|$)/g) ?? [];
    for (const name of names.map((n) => n.trim())) {
      if (SECRET_NAME.test(name)) problems.push(`${keyword} ${name} looks like a secret: pass it at run time, never bake it into the image`);
    }
  }

  const runtime = stages.at(-1);
  if (!runtime) return problems;
  const users = argumentsOf(runtime, 'USER');
  const user = users.at(-1)?.trim();
  if (!user) problems.push('the runtime stage sets no USER: it would run as root');
  else if (ROOT_USERS.has(user) || user.startsWith('root:') || user.startsWith('0:')) problems.push(`the runtime stage runs as ${user}`);

  const entrypoint = runtime.instructions.filter((i) => i.getKeyword() === 'ENTRYPOINT').at(-1);
  const entry = entrypoint ? execForm(entrypoint) : undefined;
  if (!entry || !/(^|\/)tini$/.test(entry[0] ?? '') || !entry.includes('--')) {
    problems.push('ENTRYPOINT must be tini in exec form (["/usr/bin/tini", "--"]) so SIGTERM reaches Node');
  }
  const cmd = runtime.instructions.filter((i) => i.getKeyword() === 'CMD').at(-1);
  if (!cmd || !execForm(cmd)) problems.push('CMD must be in exec form');

  const healthchecks = argumentsOf(runtime, 'HEALTHCHECK');
  const healthcheck = healthchecks.at(-1) ?? '';
  if (!/\bCMD\b/.test(healthcheck) || !healthcheck.includes('/health/live')) {
    problems.push('the runtime stage needs a HEALTHCHECK on /health/live');
  }

  const runtimeRuns = argumentsOf(runtime, 'RUN');
  const copiesNodeModules = runtime.instructions
    .filter((i) => i.getKeyword() === 'COPY' && /node_modules/.test(i.getArgumentsContent() ?? ''))
    .map((i) => (i as Copy).getFromFlag()?.getValue() ?? undefined);
  const productionOnly =
    runtimeRuns.some(installsProductionOnly) ||
    (copiesNodeModules.length > 0 &&
      copiesNodeModules.every((from) => {
        const source = stages.find((s) => s.name === from);
        return source !== undefined && argumentsOf(source, 'RUN').some(installsProductionOnly);
      }));
  if (!productionOnly) problems.push('the runtime stage must hold production dependencies only (npm ci --omit=dev, or npm prune --omit=dev)');
  if (runtimeRuns.some((run) => /\bnpm\s+(ci|install)\b/.test(run) && !installsProductionOnly(run))) {
    problems.push('the runtime stage installs devDependencies');
  }

  const declaresApp = (stage: Stage) => argumentsOf(stage, 'ARG').some((a) => /^APP(=|$)/.test(a.trim()));
  const usesApp = (stage: Stage) =>
    stage.instructions.some((i) => i.getKeyword() !== 'ARG' && /\$\{?APP\b/.test(i.getArgumentsContent() ?? ''));
  if (!stages.some((s) => declaresApp(s) && usesApp(s)) || !declaresApp(runtime) || !usesApp(runtime)) {
    problems.push('ARG APP must select the service in the build and the runtime stage');
  }
  return problems;
}

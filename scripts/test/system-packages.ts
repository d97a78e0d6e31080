/**
 * The Debian packages the browser suites need, found or installed in one
 * place: `npm test` calls it before the suites run, and `.ci/run` runs
 * `npm test`, so a fresh machine and CI take the same step.
 *
 * - root with apt-get: the missing packages are installed;
 * - otherwise: one line naming exactly what to install, and the run stops.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Requirement {
  /** The Debian package that provides it. */
  pkg: string;
  /** The test projects that need it. */
  projects: readonly string[];
  /** Whether this machine has it. */
  present(): boolean;
  /** How to point the tests at another copy, if that is possible. */
  override?: string;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

function hasCjkFont(): boolean {
  const result = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return result.status === 0 && /Noto Sans CJK|Noto Serif CJK/i.test(result.stdout);
}

export const REQUIREMENTS: readonly Requirement[] = [
  { pkg: 'chromium', projects: ['browser', 'browser-nginx'], present: () => existsSync(CHROMIUM_PATH), override: 'CHROMIUM_PATH' },
  { pkg: 'fonts-noto-cjk', projects: ['browser', 'browser-nginx'], present: hasCjkFont },
  { pkg: 'nginx', projects: ['browser-nginx'], present: () => existsSync(NGINX_PATH), override: 'NGINX_PATH' },
];

/** The test projects a vitest argument list selects: every project unless `--project` names some. */
export function selectedProjects(args: readonly string[], all: readonly string[]): string[] {
  const named: string[] = [];
  args.forEach((arg, i) => {
    if (arg === '--project' && args[i + 1]) named.push(args[i + 1]);
    else if (arg.startsWith('--project=')) named.push(arg.slice('--project='.length));
  });
  return named.length > 0 ? named : [...all];
}

/** The packages missing for the selected projects. */
export function missingPackages(projects: readonly string[], requirements = REQUIREMENTS): Requirement[] {
  return requirements.filter((r) => r.projects.some((p) => projects.includes(p)) && !r.present());
}

/** The one line shown when the packages cannot be installed here. */
export function missingMessage(missing: readonly Requirement[], reason: string): string {
  const pkgs = missing.map((r) => r.pkg).join(' ');
  const overrides = missing.flatMap((r) => (r.override ? [r.override] : []));
  return (
    `test: the browser suites need Debian packages this machine lacks (${pkgs}) and ${reason}: ` +
    `run sudo apt-get install -y ${pkgs}${overrides.length ? ` (or set ${overrides.join('/')})` : ''}, ` +
    'or run the other suites alone: npm test -- --project unit --project site'
  );
}

/** Install what is missing when this process may; otherwise say what to do. Returns an error line, or undefined when all is there. */
export function ensureSystemPackages(projects: readonly string[]): string | undefined {
  const missing = missingPackages(projects);
  if (missing.length === 0) return undefined;
  const aptGet = spawnSync('apt-get', ['--version'], { stdio: 'ignore' });
  if (aptGet.error) return missingMessage(missing, 'this is not a Debian-like system with apt-get');
  if (process.getuid?.() !== 0) return missingMessage(missing, 'installing them needs root');
  const pkgs = missing.map((r) => r.pkg);
  console.log(`test: installing ${pkgs.join(' ')} with apt-get (needed by the browser suites)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...pkgs]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return missingMessage(missing, `apt-get ${args[0]} failed (exit code ${result.status})`);
  }
  const still = missingPackages(projects);
  return still.length === 0 ? undefined : missingMessage(still, 'they are still missing after apt-get install');
}

/**
 * Shared by the build tests: the site's build in `dist/` (made once if missing or stale), its pages
 * read back as text, and builds of fixture sites in throw-away copies.
 */
import { execFile } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { staleBuild, type BuildSources } from './freshness';

const run = promisify(execFile);

/**
 * What a build must not inherit from the test run: the project's config reads CONTENT_DIR,
 * OUT_DIR, SITE_URL, LOCAL_BUILD and BASE_PATH (fixture, sub-path and benchmark builds set them),
 * and Vitest mirrors its own `import.meta.env` into process.env (NODE_ENV=test, MODE=test, DEV,
 * PROD, SSR, BASE_URL), which a child `astro build` would take for its own: with MODE=test it
 * built drafts.
 */
const INHERITED = ['CONTENT_DIR', 'OUT_DIR', 'SITE_URL', 'LOCAL_BUILD', 'BASE_PATH', 'NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'];

/**
 * The environment for a build: this process's, without what it must not inherit, plus `overrides`
 * (an `undefined` there removes the variable). Test builds are local (`LOCAL_BUILD=1`: no SITE_URL
 * needed) unless `overrides` say otherwise.
 */
export function buildEnv(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of INHERITED) delete env[name];
  Object.assign(env, { LOCAL_BUILD: '1' }, overrides);
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  return env;
}

/** The project's root folder (the one holding package.json). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where `npm run build` writes the site. */
export const DIST = path.join(PROJECT_ROOT, 'dist');

/** A build of the launch site that the build tests read: where it goes and how it is made. */
export interface SiteBuild {
  name: string;
  /** The output folder. */
  dir: string;
  /** The npm script that makes it (package.json), as `npm test` runs it before Vitest. */
  script: string;
  /** The site's origin and base path the build was made for (astro.config.mjs's defaults). */
  site: string;
  base: string;
}

/** `npm run build`: the site at the root of its domain. */
export const ROOT_BUILD: SiteBuild = { name: 'root', dir: DIST, script: 'build:local', site: 'https://example.com', base: '/' };
/** `npm run build:subpath`: the same site as a project page under /long-take/. */
export const SUBPATH_BUILD: SiteBuild = {
  name: 'sub-path',
  dir: path.join(PROJECT_ROOT, 'dist-subpath'),
  script: 'build:subpath',
  site: 'https://example.com',
  base: '/long-take/',
};

function isBuildFresh(build: SiteBuild): boolean {
  return (
    staleBuild(PROJECT_ROOT, { folder: path.relative(PROJECT_ROOT, build.dir), content: 'content', script: build.script }) === undefined
  );
}

// Test files run in several workers: a lock file keeps two of them from building into dist/ at once.
const LOCK = path.join(tmpdir(), `film-essays-build-${Buffer.from(PROJECT_ROOT).toString('base64url')}.lock`);
const STALE_LOCK_MS = 10 * 60_000;

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      break;
    } catch {
      // A lock left by a crashed run would otherwise block every later run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

const building = new Map<string, Promise<void>>();

/**
 * Makes a build of the site (dist/ by default) with its npm script unless the output is already
 * newer than every source file. `npm test` builds before Vitest runs, so this usually only checks;
 * it builds each output at most once per run.
 */
export function ensureBuilt(build: SiteBuild = ROOT_BUILD): Promise<void> {
  let done = building.get(build.dir);
  if (!done) {
    done = withBuildLock(async () => {
      if (isBuildFresh(build)) return;
      // The real content, whatever CONTENT_DIR, OUT_DIR or BASE_PATH the shell has; the script sets its own.
      await run('npm', ['run', build.script], { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024, env: buildEnv() });
    });
    building.set(build.dir, done);
  }
  return done;
}

/** The HTML of a built page, by its path on the site: `essays/a-stripping-vision/`. */
export function readBuiltPage(route: string): string {
  const relative = route.replace(/^\/+/, '');
  const file = relative === '' || relative.endsWith('/') ? path.join(relative, 'index.html') : relative;
  return readFileSync(path.join(DIST, file), 'utf8');
}

export interface FixtureBuild {
  /** The build's exit code: 0 when it succeeded. */
  code: number;
  /** stdout and stderr together, without terminal colours. */
  output: string;
}

/**
 * A throw-away copy of a fixture site under the system's temp folder, laid out like the project
 * (`<copy>/tests/fixtures/<name>`) so the fixture's relative imports of the real `src/` and
 * `astro.config.mjs` still resolve: those, and `node_modules`, are links back to this project.
 */
export function copyFixture(name: string): { root: string; remove: () => void } {
  const project = mkdtempSync(path.join(tmpdir(), `film-essays-${name}-`));
  for (const shared of ['src', 'node_modules', 'astro.config.mjs']) {
    symlinkSync(path.join(PROJECT_ROOT, shared), path.join(project, shared));
  }
  const root = path.join(project, 'tests', 'fixtures', name);
  mkdirSync(path.dirname(root), { recursive: true });
  cpSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', name), root, {
    recursive: true,
    filter: (source) => !/[\\/](dist|\.astro|node_modules)$/.test(source),
  });
  return { root, remove: () => rmSync(project, { recursive: true, force: true }) };
}

/**
 * Builds a fixture site as `npm run build` does, with the project's Astro, from the fixture's folder
 * (the content config reads `./content/films` relative to the working directory).
 */
export function buildFixture(root: string): Promise<FixtureBuild> {
  return astroInFixture(root, 'build');
}

/**
 * Runs `astro <command>` (`build`, `check`) on a fixture site, as `buildFixture` does, with `env`
 * on top of a clean build environment.
 */
export function astroInFixture(root: string, command: string, env: Record<string, string | undefined> = {}): Promise<FixtureBuild> {
  return runAstro([command, '--root', root], root, env);
}

/**
 * Runs the project's `astro <args>` from the project's root with `env` on top of a clean build
 * environment, as a build of other content (CONTENT_DIR, OUT_DIR) must. Every build from the
 * root writes the same .astro/ folder, so this waits for the build lock that ensureBuilt holds.
 */
export function astroInProject(args: string[], env: Record<string, string> = {}): Promise<FixtureBuild> {
  return withBuildLock(() => runAstro(args, PROJECT_ROOT, env));
}

/**
 * Runs the project's Astro with `args` in `cwd`; a failure is an exit code and output, not an
 * error. `build` runs as `npm run build` does (scripts/build.ts): Astro's build, then the search
 * index and the preview images.
 */
async function runAstro(args: string[], cwd: string, env: Record<string, string | undefined>): Promise<FixtureBuild> {
  const [command, ...rest] = args;
  const script =
    command === 'build'
      ? [path.join(PROJECT_ROOT, 'scripts', 'build.ts'), ...rest]
      : [path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), ...args];
  try {
    const { stdout, stderr } = await run(process.execPath, script, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: buildEnv({ NO_COLOR: '1', FORCE_COLOR: '0', ...env }),
    });
    return { code: 0, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, output: stripVTControlCharacters(`${failed.stdout ?? ''}${failed.stderr ?? ''}`) };
  }
}

/** A finished build the gates check: its folder, the base path it was built for, its content and its npm script. */
export interface Build extends BuildSources {
  /** The output folder, relative to the project. */
  folder: string;
  /** The `base` it was built with: where a host serves it. */
  base: string;
  /** The content folder it was built from, relative to the project. */
  content: string;
  /** The npm script that makes it (`npm test` runs all three before Vitest). */
  script: string;
}

/** `npm run build:fixture`: the same code over tests/fixtures/content, which has every kind of note, citation and spoiler. */
export const FIXTURE_BUILD: Build = { folder: 'dist-fixture', base: '/', content: 'tests/fixtures/content', script: 'build:fixture' };

/** `npm run build:spoilers`: the adversarial spoiler fixture (tests/fixtures/spoiler-content), a token in every placement. */
export const SPOILERS_BUILD: Build = {
  folder: 'dist-spoilers',
  base: '/',
  content: 'tests/fixtures/spoiler-content',
  script: 'build:spoilers',
};

/** The builds every gate checks: the site, the fixture content, and the site under a sub-path. */
export const BUILDS: Build[] = [
  { folder: 'dist', base: '/', content: 'content', script: 'build:local' },
  FIXTURE_BUILD,
  { folder: 'dist-subpath', base: '/long-take/', content: 'content', script: 'build:subpath' },
];

/**
 * The absolute path of a build's folder. Fails with what to run when the build is missing or older
 * than the code and content it is built from, so a gate never passes for want of pages, nor on
 * another version's.
 */
export function builtFolder(build: Build): string {
  const stale = staleBuild(PROJECT_ROOT, build);
  if (stale) throw new Error(stale);
  return path.join(PROJECT_ROOT, build.folder);
}

/** Every HTML file under a folder, as paths relative to it, sorted. */
export function htmlFiles(folder: string, under = ''): string[] {
  return readdirSync(path.join(folder, under), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = path.join(under, entry.name);
      if (entry.isDirectory()) return htmlFiles(folder, relative);
      return entry.name.endsWith('.html') ? [relative] : [];
    })
    .sort();
}

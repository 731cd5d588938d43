/**
 * Whether a built folder is from the code in the working tree: the build tests (tests/build/support.ts)
 * and the browser tests (playwright.config.ts) read built folders, and a folder older than any
 * file its build reads would test yesterday's site. The build's own time is its index.html's, which
 * every build writes. A fresh clone builds after checking out, so its builds are newer.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What every build reads besides its content, relative to the project. */
const CODE_INPUTS = [
  'src',
  'public',
  'scripts/build.ts',
  'scripts/register-ts.mjs',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
];

/** A build's output folder, the content it was built from and the npm script that makes it, all relative to the project. */
export interface BuildSources {
  folder: string;
  content: string;
  script: string;
}

/** The newest file or folder under `entry` (a folder's own time changes when a file is removed). */
function newest(entry: string): { file: string; mtimeMs: number } | undefined {
  if (!existsSync(entry)) return undefined;
  const stats = statSync(entry);
  let found = { file: entry, mtimeMs: stats.mtimeMs };
  if (stats.isDirectory()) {
    for (const name of readdirSync(entry)) {
      const inner = newest(path.join(entry, name));
      if (inner && inner.mtimeMs > found.mtimeMs) found = inner;
    }
  }
  return found;
}

/**
 * Why the build in `build.folder` cannot be tested as this code's, with the command that makes it
 * again; undefined when it is there and newer than everything it was built from.
 */
export function staleBuild(root: string, build: BuildSources): string | undefined {
  const rebuild = `run \`npm run ${build.script}\` first (npm test builds it before the tests)`;
  const index = path.join(root, build.folder, 'index.html');
  if (!existsSync(index)) return `${build.folder}/ has no index.html: ${rebuild}.`;
  const builtAt = statSync(index).mtimeMs;
  for (const input of [...CODE_INPUTS, build.content]) {
    const changed = newest(path.join(root, input));
    if (changed && changed.mtimeMs > builtAt) {
      return `${build.folder}/ is older than ${path.relative(root, changed.file)}: it is not a build of this code; ${rebuild}.`;
    }
  }
  return undefined;
}

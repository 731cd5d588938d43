/**
 * `npm run build` (and every build script): Astro's build, then the build's last step — the search
 * index, its vocabulary and the essays' preview images (src/server/build/finish.ts) — in this process, once
 * Astro's has exited, so the two never hold memory at once. Arguments go to `astro build`
 * (`--root <folder>` builds another project, as the tests' fixtures do). Run by the project's Node.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import './register-ts.mjs';

const args = process.argv.slice(2);
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const built = spawnSync(process.execPath, [astro, 'build', ...args], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const { values } = parseArgs({ args, strict: false, options: { root: { type: 'string' } } });
const root = typeof values.root === 'string' ? values.root : '.';
const { finishBuild } = await import('../src/server/build/finish.ts');
try {
  await finishBuild(path.resolve(root, process.env.OUT_DIR ?? 'dist'));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

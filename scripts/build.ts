/**
 * `npm run build` (and every build script): Astro's build, with the essays' cards drawn into their
 * cache beside it (src/server/build/card-prefetch.ts); then the build's last step — the search
 * index, its vocabulary and the cards (src/server/build/finish.ts) — in this process, once Astro's
 * has exited, so the two never hold memory at once. Arguments go to `astro build` (`--root
 * <folder>` builds another project, as the tests' fixtures do). Run by the project's Node.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import './register-ts.mjs';

const args = process.argv.slice(2);
const { values } = parseArgs({ args, strict: false, options: { root: { type: 'string' } } });
const root = path.resolve(typeof values.root === 'string' ? values.root : '.');

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const building = spawn(process.execPath, [astro, 'build', ...args], { stdio: 'inherit' });
const built = once(building, 'exit').then(([code]) => code as number | null);

const { prefetchEssayCards } = await import('../src/server/build/card-prefetch.ts');
const prefetched = prefetchEssayCards().catch(() => 0);

const code = await built;
if (code !== 0) process.exit(code ?? 1);
await prefetched;

const { finishBuild } = await import('../src/server/build/finish.ts');
try {
  await finishBuild(path.resolve(root, process.env.OUT_DIR ?? 'dist'));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

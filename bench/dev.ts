/**
 * `npm run dev` at scale: how long an editor waits for the server, for the first essay page, and
 * from saving an edit to one essay to the page showing it. The server runs exactly as
 * `npm run dev` runs it, over a generated content folder (CONTENT_DIR).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteCaches } from './caches.ts';
import { treeRss } from './measure.ts';
import { ROOT } from './site.ts';

export interface DevFigures {
  essays: number;
  /** Whether every cache the site keeps (caches.ts) was cleared first: a first start on a fresh checkout. */
  cold: boolean;
  /** Start of `npm run dev` → the server answers an HTTP request (any status), in ms. */
  answersMs: number;
  /** Then: requesting one essay's page → its full HTML (status 200, naming its own address), in ms. */
  firstEssayMs: number;
  /** The same page again, compiled: in ms. */
  againMs: number;
  /** Saving one changed sentence in that essay → its page returning the new text (polled every 25 ms), in ms. */
  editMs: number;
  /** Highest resident memory of the dev server's process tree while measured, in bytes. */
  peakRss: number;
  /** The essay that was opened and edited. */
  essay: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `url` until `done(status, body)` holds; the time it took, in ms. */
async function until(url: string, done: (status: number, body: string) => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    try {
      const response = await fetch(url);
      if (done(response.status, await response.text())) return performance.now() - started;
    } catch {
      // Not listening yet.
    }
    if (performance.now() - started > timeoutMs) throw new Error(`${url} did not answer as expected within ${timeoutMs / 1000} s`);
    await sleep(25);
  }
}

/**
 * The essay with one sentence changed: the first sentence of its first paragraph of prose that
 * carries no note mark (removing a mark would orphan its note) becomes `marker`.
 */
export function editedEssay(source: string, marker: string): string {
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(source)?.[0].length ?? 0;
  let offset = frontmatter;
  for (const block of source.slice(frontmatter).split('\n\n')) {
    const text = block.trim();
    if (text && !/^(#|<|\[\^|import |export |\{)/.test(text) && !text.includes('[^')) {
      const start = source.indexOf(text, offset);
      const stop = text.search(/[.!?](\s|$)/);
      const end = start + (stop === -1 ? text.length : stop + 1);
      return `${source.slice(0, start)}${marker}${source.slice(end)}`;
    }
    offset += block.length + 2;
  }
  throw new Error('no paragraph of prose without a note mark to edit');
}

/**
 * Runs `npm run dev` over `contentDir` on `port`, measures, stops it and puts the essay back as it
 * was. Cold clears every cache the site keeps first; otherwise they stay as the last run left them.
 */
export async function measureDev(contentDir: string, port: number, { cold }: { cold: boolean }): Promise<DevFigures> {
  if (cold) for (const cache of siteCaches(ROOT, contentDir)) rmSync(cache, { recursive: true, force: true });
  const essaysDir = path.join(ROOT, contentDir, 'essays');
  const files = readdirSync(essaysDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  // One from the middle: neither the first nor the last the loader reads.
  const file = files[Math.floor(files.length / 2)]!;
  const id = file.replace(/\.mdx$/, '');
  const original = readFileSync(path.join(essaysDir, file), 'utf8');
  const base = `http://127.0.0.1:${port}/`;
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  delete env.BASE_PATH;
  const logFile = path.join(ROOT, 'bench', 'results', `dev-${path.basename(contentDir)}-${cold ? 'cold' : 'warm'}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const started = performance.now();
  // Its own process group, so that stopping it stops npm, the shell and Astro together.
  const child = spawn('npm', ['run', '--silent', 'dev', '--', '--host', '127.0.0.1', '--port', String(port)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 100);
  try {
    await until(base, () => true, 300_000);
    const answersMs = performance.now() - started;
    const page = `${base}essays/${id}/`;
    // The page is the essay's when it names its own address (canonical link, citation tags).
    const essayDone = (status: number, body: string) => status === 200 && body.includes(`/essays/${id}/`);
    const firstEssayMs = await until(page, essayDone, 300_000);
    const againMs = await until(page, essayDone, 60_000);
    const marker = `Edited for the bench at ${Date.now()}.`;
    writeFileSync(path.join(essaysDir, file), editedEssay(original, marker));
    const editMs = await until(page, (status, body) => status === 200 && body.includes(marker), 120_000);
    return { essays: files.length, cold, answersMs, firstEssayMs, againMs, editMs, peakRss, essay: id };
  } finally {
    clearInterval(sampler);
    writeFileSync(path.join(essaysDir, file), original);
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await new Promise((resolve) => {
      if (child.exitCode !== null) resolve(undefined);
      child.on('exit', resolve);
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // Gone.
        }
        resolve(undefined);
      }, 5_000);
    });
    log.end();
  }
}

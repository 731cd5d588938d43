/**
 * The benchmark's instruments: timed builds of the site and of the baseline with the peak memory
 * of their whole process trees, a preview server, and page weights recorded in Chromium. Linux
 * only (memory comes from /proc).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { BASELINE_CACHES, writeBaselineSite } from './baseline.ts';
import { siteCaches } from './caches.ts';
import { ROOT } from './site.ts';

const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** gzip at zlib's default level 6, as `gzip` and most servers' defaults do. */
export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes).length;

/** Resident memory of a process and all its descendants, in bytes (0 once it has exited). */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which is in parentheses and may contain spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const queue = [rootPid]; queue.length > 0; ) {
    const pid = queue.pop()!;
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // Gone.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface BuildResult {
  /** Wall time of the build command, in ms. */
  ms: number;
  /** Highest sum of resident memory over the build's process tree, sampled every 50 ms, in bytes. */
  peakRss: number;
  /** Pages built: HTML files in the output. */
  pages: number;
  /** The output folder: bytes of its files, bytes on disk (allocated blocks), and how many files. */
  size: FolderSize;
}

/** The environment every measured build runs in: local (no SITE_URL needed), no telemetry, no colours. */
function buildEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', LOCAL_BUILD: '1', ...extra };
  for (const [key, value] of Object.entries(extra)) if (value === undefined) delete env[key];
  delete env.BASE_PATH;
  return env;
}

/**
 * Runs `npm run <script>` in `cwd`, timing it and polling the resident memory of its whole process
 * tree (npm, the shell, Node and whatever they start) every 50 ms. Output goes to `logFile`.
 * Rejects with the log's name if the script fails.
 */
async function timedScript(script: string, { cwd, env, logFile }: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<{ ms: number; peakRss: number }> {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, treeRss(child.pid!));
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const ms = performance.now() - started;
  clearInterval(sampler);
  await new Promise((resolve) => log.end(resolve));
  if (code !== 0) throw new Error(`npm run ${script} failed (exit ${code}); see ${path.relative(ROOT, logFile)}`);
  return { ms, peakRss };
}

/** The script `npm run build:local` runs: the site's builds are measured through it, whatever it becomes. */
export const SITE_BUILD_SCRIPT = 'build:local';

/** The command behind an npm script of the project, as package.json has it. */
export function npmScript(name: string): string {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const command = scripts[name];
  if (!command) throw new Error(`package.json has no "${name}" script`);
  return command;
}

const logOf = (name: string) => path.join(ROOT, 'bench', 'results', `build-${name}.log`);

/**
 * Builds `contentDir` into `outDir` exactly as `npm run build:local` does, with CONTENT_DIR and
 * OUT_DIR set. Cold removes every cache the site keeps first (caches.ts) and the output folder;
 * otherwise the caches and the output folder stay, as for an editor's next build.
 */
export async function siteBuild(contentDir: string, outDir: string, { cold, label = outDir }: { cold: boolean; label?: string }): Promise<BuildResult> {
  const editors = path.resolve(ROOT, contentDir) === path.join(ROOT, 'content');
  if (cold) {
    for (const cache of siteCaches(ROOT, editors ? undefined : contentDir)) rmSync(cache, { recursive: true, force: true });
    rmSync(path.join(ROOT, outDir), { recursive: true, force: true });
  }
  // The editors' content is the default: build it as `npm run build` does, without CONTENT_DIR.
  const env = buildEnv({ OUT_DIR: outDir, CONTENT_DIR: editors ? undefined : contentDir });
  const run = await timedScript(SITE_BUILD_SCRIPT, { cwd: ROOT, env, logFile: logOf(label) });
  return { ...run, pages: htmlCount(path.join(ROOT, outDir)), size: folderSize(path.join(ROOT, outDir))! };
}

/**
 * Builds the baseline (baseline.ts) over `contentDir`, cold: its folder is written anew, with no
 * cache and no output. Same environment and same way of running as the site's build.
 */
export async function baselineBuild(contentDir: string, { label }: { label: string }): Promise<BuildResult & { components: string[] }> {
  const { folder, components } = writeBaselineSite(ROOT, contentDir);
  for (const cache of BASELINE_CACHES) rmSync(path.join(folder, cache), { recursive: true, force: true });
  const env = buildEnv({ OUT_DIR: 'dist', CONTENT_DIR: path.resolve(ROOT, contentDir) });
  const run = await timedScript('build', { cwd: folder, env, logFile: logOf(label) });
  const out = path.join(folder, 'dist');
  return { ...run, pages: htmlCount(out), size: folderSize(out)!, components };
}

function htmlCount(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

export interface FolderSize {
  /** The files' sizes, summed. */
  bytes: number;
  /** What they occupy on disk: allocated 512-byte blocks, as `du` counts. */
  disk: number;
  files: number;
}

/** Total size of a folder's files, and how many there are; undefined if it does not exist. */
export function folderSize(folder: string): FolderSize | undefined {
  if (!existsSync(folder)) return undefined;
  const stats = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(path.join(folder, name)))
    .filter((stat) => stat.isFile());
  return { bytes: stats.reduce((sum, stat) => sum + stat.size, 0), disk: stats.reduce((sum, stat) => sum + stat.blocks * 512, 0), files: stats.length };
}

/** A built page's HTML, raw and gzipped, by its directory path on the site ("", "essays/x/"). */
export function builtPageSize(outDir: string, route: string): { raw: number; gz: number } {
  const bytes = readFileSync(path.join(ROOT, outDir, route, 'index.html'));
  return { raw: bytes.length, gz: gzipSize(bytes) };
}

/** `astro preview` of a built folder on loopback; stop() ends it. */
export async function preview(outDir: string, port: number): Promise<{ url: string; stop: () => void }> {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.BASE_PATH;
  const child = spawn(process.execPath, [ASTRO, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { cwd: ROOT, env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // Not up yet.
    }
    // A minute: a loaded machine starts Astro slowly.
    if (tries > 600 || child.exitCode !== null) {
      child.kill();
      throw new Error(`astro preview of ${outDir} did not answer at ${url}: is port ${port} taken? Set BENCH_PORT.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop: () => child.kill() };
}

/** Resource kinds the weights are reported by. */
const KINDS = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
type Kind = (typeof KINDS)[number];

/** Bytes of one kind of resource: as served, and gzipped (text compressed; binaries as they are). */
export interface Bytes {
  raw: number;
  gz: number;
}

export interface PageWeight {
  url: string;
  requests: number;
  byKind: Record<Kind, Bytes>;
  total: Bytes;
  /** Script the page loaded before any interaction, gzipped: what runs before the reader does anything. */
  jsBeforeInteraction: number;
  /** Inline `<style>` and `<script>` text inside the HTML (counted in html), raw bytes. */
  inline: { css: number; js: number };
  /** Requests under the search bundle's folder (pagefind/): none is expected before search is used. */
  searchRequests: number;
}

const TEXT_TYPES = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg)/;

function kindOf(resourceType: string, contentType: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'image') return 'image';
  if (/javascript/.test(contentType)) return 'js';
  return 'other';
}

const emptyBytes = (): Bytes => ({ raw: 0, gz: 0 });

/**
 * Everything a page transfers from navigation until the network is quiet, before any input, in
 * a fresh browser context (empty cache). Bodies are gzipped here, since the preview server does
 * not compress: the figures are what a host that gzips would send.
 */
export async function weighPage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const pending: Array<Promise<void>> = [];
  const weight: PageWeight = {
    url,
    requests: 0,
    byKind: Object.fromEntries(KINDS.map((kind) => [kind, emptyBytes()])) as Record<Kind, Bytes>,
    total: emptyBytes(),
    jsBeforeInteraction: 0,
    inline: { css: 0, js: 0 },
    searchRequests: 0,
  };
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const contentType = response.headers()['content-type'] ?? '';
        const body = await response.body().catch(() => Buffer.alloc(0));
        const kind = kindOf(response.request().resourceType(), contentType);
        const raw = body.length;
        const gz = TEXT_TYPES.test(contentType) ? Math.min(raw, gzipSize(body)) : raw;
        weight.requests += 1;
        weight.byKind[kind].raw += raw;
        weight.byKind[kind].gz += gz;
        weight.total.raw += raw;
        weight.total.gz += gz;
        if (kind === 'js') weight.jsBeforeInteraction += gz;
        if (new URL(response.url()).pathname.includes('/pagefind/')) weight.searchRequests += 1;
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  weight.inline = await page.evaluate(() => ({
    css: [...document.querySelectorAll('style')].reduce((sum, style) => sum + new TextEncoder().encode(style.textContent ?? '').length, 0),
    js: [...document.querySelectorAll('script:not([src])')].reduce((sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length, 0),
  }));
  await context.close();
  return weight;
}

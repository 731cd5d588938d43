/**
 * What formatting citations costs the build: 1,000 distinct works (books, journal and magazine
 * articles, web pages with archived copies, films), each cited once in a note at a pinpoint and
 * listed once in a bibliography, through the house formatter (src/server/citations/). Cold is a
 * fresh process with an empty citation cache (the Chicago engine is built, every citation
 * formatted); warm is a fresh process reading the cache the cold run left. Each run is a child
 * process with its own working folder, so its cache (node_modules/.cache/long-take/citations
 * under that folder) starts empty and touches nothing of the project's. CPU time is reported
 * beside wall time, since a shared machine stretches the second.
 *
 *   node bench/citations.ts [--works 1000]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type * as CitationsModule from '../src/server/citations/format.ts';
import type * as SourceModule from '../src/server/schemas/source.ts';
import type * as EngineModule from '../src/server/citations/engine.ts';
import { ROOT } from './site.ts';

const { values } = parseArgs({ options: { works: { type: 'string', default: '1000' }, child: { type: 'boolean', default: false } } });
const WORKS = Number(values.works);

interface Run {
  wallMs: number;
  cpuMs: number;
  /** CPU time of the notes and of the bibliography entries, each loop on its own. */
  notesCpuMs: number;
  entriesCpuMs: number;
  stats: { engines: number; engineMs: number; formatted: number; formatMs: number; fromDisk: number; fromMemory: number };
}

/** The child: loads the formatter through Vite (it imports the style files with `?raw`) and formats. */
async function child(): Promise<void> {
  const { createServer } = await import('vite');
  const server = await createServer({ root: ROOT, configFile: false, logLevel: 'silent', server: { middlewareMode: true }, appType: 'custom' });
  const { formatCitation } = (await server.ssrLoadModule('/src/server/citations/format.ts')) as typeof CitationsModule;
  const { sourceSchema } = (await server.ssrLoadModule('/src/server/schemas/source.ts')) as typeof SourceModule;
  const { stats } = (await server.ssrLoadModule('/src/server/citations/engine.ts')) as typeof EngineModule;
  const schema = sourceSchema(new Date('2026-01-01'));
  const kinds = [
    (n: number) => ({ kind: 'book', authors: [`Andrea Werhun${n}`], title: `Modern Whore ${n}`, publisher: 'Penguin Random House Canada', date: '2022' }),
    (n: number) => ({ kind: 'article', authors: [`Scott Macaulay${n}`], title: `Swept Off Her Feet ${n}`, container: 'Filmmaker', volume: 33, issue: 1, date: '2024' }),
    (n: number) => ({ kind: 'article', authors: ['Alex Ritman', `Ellise Shafer${n}`], title: `Sean Baker Makes Movies ${n}`, container: 'Variety', date: '2024-05-22', accessed: '2025-04-03' }),
    (n: number) => ({
      kind: 'web',
      title: `A Page ${n}`,
      container: 'Example Review',
      url: `https://example.com/${n}`,
      archiveUrl: `https://web.archive.org/web/2024/https://example.com/${n}`,
    }),
    (n: number) => ({ kind: 'film', authors: [`Sean Baker${n}`], title: `Anora ${n}`, publisher: 'Neon', date: '2024' }),
  ];
  const sources = Array.from({ length: WORKS }, (_, n) => schema.parse({ id: `work-${n}`, ...kinds[n % kinds.length]!(n) }));
  const ms = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const [n, source] of sources.entries()) formatCitation(source, 'note', { pinpoint: source.kind === 'film' ? '1:52:10' : String(10 + n) });
  const notesCpuMs = ms(process.cpuUsage(cpu));
  for (const source of sources) formatCitation(source, 'bibliography');
  const cpuMs = ms(process.cpuUsage(cpu));
  const run: Run = { wallMs: performance.now() - started, cpuMs, notesCpuMs, entriesCpuMs: cpuMs - notesCpuMs, stats: { ...stats } };
  await server.close();
  console.log(JSON.stringify(run));
  process.exit(0); // saves the citation cache ('exit')
}

function once(cwd: string): Run {
  const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', '--works', String(WORKS)], { cwd, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1)!) as Run;
}

if (values.child) await child();
else {
  const cwd = mkdtempSync(path.join(tmpdir(), 'citations-bench-'));
  try {
    const cold = once(cwd);
    const warm = once(cwd);
    const per1000 = (ms: number) => `${((ms / (WORKS * 2)) * 1000).toFixed(0)} ms`;
    console.log(`${WORKS} works, each one note at a pinpoint and one bibliography entry (${WORKS * 2} citations):`);
    for (const [name, run] of [
      ['cold', cold],
      ['warm', warm],
    ] as const) {
      console.log(
        `  ${name}: ${run.wallMs.toFixed(0)} ms wall, ${run.cpuMs.toFixed(0)} ms CPU (${per1000(run.cpuMs)} CPU per 1,000 citations; ` +
          `notes ${run.notesCpuMs.toFixed(0)} ms, the engine's construction included, entries ${run.entriesCpuMs.toFixed(0)} ms); ` +
          `engines built ${run.stats.engines} (${run.stats.engineMs.toFixed(0)} ms), formatted ${run.stats.formatted}, from the disk cache ${run.stats.fromDisk}`,
      );
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

/**
 * Where the first query's time goes: our search page and Pagefind's API page, on the realistic
 * build the search bench left (`npm run bench -- --only search --sizes <essays>`), each loaded
 * `--runs` times alternately with Chromium's trace on, until the first result is in the list. For
 * each page it prints the median time to that result and, summed over the page's threads, the
 * median time spent in each kind of work, counting every instant once (an event's own time, less
 * the events inside it): what the search bench's request timeline cannot show.
 *
 *   npm --prefix bench run profile-search -- --essays 1000 --runs 5
 *
 * Port: BENCH_PORT + 2 (default 6332), as the search bench's own preview server. A measurement, so
 * run it on an idle machine; nothing here is a test.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { realisticRareNames } from './generate-realistic-corpus.ts';
import { preview } from './measure.ts';
import { pagefindApiPage } from './search.ts';
import { ROOT } from './site.ts';

/** A complete event of Chrome's trace format ("ph": "X"), in microseconds. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** The kinds of work a thread's time is summed by. */
export const WORK = ['style and layout', 'paint', 'parsing HTML', 'compiling', 'script', 'garbage collection', 'loading and messages', 'other'] as const;
export type Work = (typeof WORK)[number];

/** The kind of work a trace event's own time is, by its name (Blink's and V8's, as Chromium 156 writes them). */
export function workOf(name: string): Work {
  if (/GC|GarbageCollect|Sweep|Mark(?!Candidates)/i.test(name)) return 'garbage collection';
  if (/mojo|Resource|Loader|Navigation|ModuleScriptFetcher|NotifyFinished/i.test(name)) return 'loading and messages';
  if (/Compile|wasm\.|Parse(Script|Function)|V8\.ScriptCompiler|CodeCache/i.test(name)) return 'compiling';
  if (/Layout|Style|RecalcStyle|Lifecycle|UpdateLayoutTree|InvalidateLayout|HitTest/i.test(name)) return 'style and layout';
  if (/Paint|Raster|Composite|Layerize/i.test(name)) return 'paint';
  if (/ParseHTML|HTMLDocumentParser|PumpTokenizer/i.test(name)) return 'parsing HTML';
  if (/FunctionCall|EvaluateScript|v8\.(run|callFunction|execute|evaluateModule|newInstance)|Microtask|TimerFire|EventDispatch|V8\.Execute|ScriptModule|AsyncTask|Callback|Promise/i.test(name))
    return 'script';
  return 'other';
}

/**
 * Each complete event's own time on one thread, in ms: its duration less that of the events it
 * holds. Events nest as a stack on a thread, so each instant is counted once, for the innermost.
 */
export function ownTimes(events: readonly TraceEvent[]): Map<TraceEvent, number> {
  const sorted = events.filter((event) => event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const own = new Map<TraceEvent, number>();
  const open: TraceEvent[] = [];
  for (const event of sorted) {
    while (open.length > 0 && open.at(-1)!.ts + open.at(-1)!.dur! <= event.ts) open.pop();
    const parent = open.at(-1);
    // An event that outlasts its parent (clock rounding) gives the parent no more than the parent has.
    if (parent) own.set(parent, own.get(parent)! - Math.min(event.dur!, parent.ts + parent.dur! - event.ts) / 1000);
    own.set(event, event.dur! / 1000);
    open.push(event);
  }
  return own;
}

/** A page's threads' time by kind of work, in ms: its main thread, and any worker it started. */
export function workByKind(events: readonly TraceEvent[], pid: number): Record<Work, number> {
  const totals = Object.fromEntries(WORK.map((work) => [work, 0])) as Record<Work, number>;
  const threads = new Set(
    events
      .filter((event) => event.pid === pid && event.name === 'thread_name' && /CrRendererMain|DedicatedWorker/.test(event.args?.name ?? ''))
      .map((event) => event.tid),
  );
  for (const tid of threads) {
    for (const [event, ms] of ownTimes(events.filter((event) => event.pid === pid && event.tid === tid))) totals[workOf(event.name)] += ms;
  }
  return totals;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One load of `url` with the trace on, until `selector` matches: the time to it and the work by kind. */
async function tracedLoad(browser: Browser, url: string, selector: string): Promise<{ ms: number; work: Record<Work, number> }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink', 'loading', 'v8', 'v8.wasm', 'disabled-by-default-v8.compile', 'disabled-by-default-v8.gc'] },
    });
    const started = Date.now();
    await page.goto(url);
    await page.waitForSelector(selector, { timeout: 20_000 });
    const ms = Date.now() - started;
    await cdp.send('Tracing.end');
    await complete;
    // The page's renderer: the process whose main thread parsed its HTML.
    const parsed = events.find((event) => event.name === 'ParseHTML');
    if (!parsed) throw new Error(`the trace of ${url} has no ParseHTML event`);
    return { ms, work: workByKind(events, parsed.pid) };
  } finally {
    await context.close();
  }
}

async function main() {
  const { values } = parseArgs({ options: { essays: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } } });
  const essays = Number(values.essays);
  const outDir = `dist-bench-realistic-${essays}`;
  const siteDir = path.join(ROOT, outDir);
  if (!existsSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json')))
    throw new Error(`${outDir}/ has no search index: run \`npm run bench -- --only search --sizes ${essays}\` first`);
  const query = encodeURIComponent(realisticRareNames({ essays })[Math.floor(essays / 2)]!);
  const apiFile = path.join(siteDir, 'bench-pagefind-api.html');
  writeFileSync(apiFile, pagefindApiPage('/'));
  const site = await preview(outDir, Number(process.env.BENCH_PORT ?? 6330) + 2);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const pages = [
      { name: 'ours', url: `${site.url}search/?q=${query}`, selector: '[data-search-results] > li', loads: [] as Awaited<ReturnType<typeof tracedLoad>>[] },
      { name: 'Pagefind’s API page', url: `${site.url}bench-pagefind-api.html?q=${query}`, selector: '#results > li', loads: [] as Awaited<ReturnType<typeof tracedLoad>>[] },
    ];
    for (let run = 0; run < Number(values.runs); run++) for (const page of pages) page.loads.push(await tracedLoad(browser, page.url, page.selector));
    console.log(`${essays} essays, query "${decodeURIComponent(query)}", medians of ${values.runs} traced loads (ms)`);
    console.log(['', ...pages.map((page) => page.name)].join('\t'));
    console.log(['first result in the list', ...pages.map((page) => median(page.loads.map((load) => load.ms)))].join('\t'));
    for (const work of WORK) console.log([work, ...pages.map((page) => Math.round(median(page.loads.map((load) => load.work[work]))))].join('\t'));
  } finally {
    await browser.close();
    site.stop();
    rmSync(apiFile, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

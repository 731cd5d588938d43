/**
 * The benchmark's results, its targets (from issue 7), and the table it prints: pure functions
 * over the figures run.ts collects.
 */
import type { LighthouseFigures } from './lighthouse.ts';
import { identical, type FolderDiff } from './compare.ts';
import type { DevFigures } from './dev.ts';
import type { BuildResult, PageWeight } from './measure.ts';
import type { QueryFigures, SearchFigures } from './search.ts';
import type { PageType } from './site.ts';


/** Targets from issue 7 that still hold: page weights, Lighthouse, pages that must not grow. */
export const TARGETS = {
  lighthouseScore: 100,
  cls: 0,
  tbtMs: 0,
  /** Within 10 % of the bare one-request essay page's LCP under Lighthouse's mobile throttling (about 750 ms). */
  lcpMs: 750 * 1.1,
  essayJsGz: 4 * 1024,
  /** 1.5 × the bare blog page of A Stripping Vision (9.7 KB gzipped, one request). */
  essayTransferGz: 1.5 * 9.7 * 1024,
  essayRequests: 3,
  fontBytes: 0,
  /** An essay page at 1,000 essays within 5 % of its size at 2. */
  essayGrowth: 0.05,
  homeGzAt1000: 30 * 1024,
  /** Cost per essay at 1,000 essays no more than this times the cost per essay at 100: linear growth. */
  linearity: 1.25,
} as const;

/**
 * Issue 15's targets, as ratios to the baseline built in the same run (absolute times are not
 * stable on a shared machine; ratios are), and search against Pagefind's own API on the same index.
 */
const RATIO_TARGETS = {
  /** Cold build, every feature on, ÷ the baseline's cold build. */
  coldBuild: 1.1,
  /** Rebuild after editing one essay (caches kept) ÷ the baseline's cold build. */
  rebuild: 0.35,
  /** Peak memory of the whole process tree ÷ the baseline's. */
  peakMemory: 1.1,
  /** The built site's bytes ÷ the baseline's. */
  siteSize: 1.5,
  /** First query on the realistic corpus, transferred (gzipped), ÷ the same with Pagefind's JS API (issue 22). */
  firstQueryVsApi: 1.1,
  /** First result painted ÷ the same with Pagefind's JS API on the same index. */
  firstResultVsApi: 1.1,
  /** A later query, transferred (gzipped), ÷ the same later query on Pagefind's API page (issue 22). */
  laterQueryVsApi: 1.1,
  /** The search page's HTML, gzipped, at the realistic corpus's 2,000 films (issue 22). */
  searchHtmlGz: 12 * 1024,
  /** What a "did you mean" suggestion fetches, gzipped (issue 22). */
  suggestionGz: 8 * 1024,
} as const;

/** One build at a size, with the pages that must not grow with the site. */
export interface ScalePoint extends BuildResult {
  essays: number;
  /** The Pagefind bundle's size, or why there is none. */
  pagefind: { bytes: number; files: number } | { error: string };
  essayHtml: { raw: number; gz: number };
  homeHtml: { raw: number; gz: number };
  /** The baseline over the same corpus, built just before. */
  baseline?: BuildResult;
}

/** The site against the baseline at one size, `rounds` times, and the rebuild after one edit. */
export interface RatioPoint {
  essays: number;
  /** Cold builds, baseline then site, interleaved. */
  rounds: Array<{ baseline: BuildResult; site: BuildResult }>;
  /** A build after changing one sentence of one essay, caches kept; or why it could not run. */
  rebuild?: BuildResult;
  /** The rebuild's output against a cold build of the same edited corpus. */
  rebuildDiff?: FolderDiff;
}

export interface HeadroomPoint extends BuildResult {
  essays: number;
  /** The site at the size it is compared with (the largest of the run), when there is one. */
  from?: { essays: number; ms: number; peakRss: number };
  /** Why the build failed, when it did (then ms is when it stopped). */
  error?: string;
  /** The machine's memory and Node's heap limit, for the extrapolation. */
  machineMemory: number;
  heapLimit: number;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; chromium: string; loadBefore: number[]; loadAfter: number[] };
  /** Weights of each page type at the launch content (2 essays). */
  pages: Partial<Record<PageType, PageWeight>>;
  lighthouse: Partial<Record<PageType, LighthouseFigures>>;
  scale: ScalePoint[];
  /** Issue 15's headline: the site ÷ the baseline at the largest size. */
  ratios?: RatioPoint;
  /** Search on the realistic corpus. */
  search?: SearchFigures & { essays: number };
  /** npm run dev: a first start with every cache cleared, then a next start. */
  dev?: DevFigures[];
  headroom?: HeadroomPoint;
  /** Measurements that could not be taken, and why. */
  errors: string[];
  /** How long the whole bench took, in ms. */
  durationMs: number;
}

export interface Row {
  section: string;
  metric: string;
  measured: string;
  target: string;
  /** Whether the target is met; undefined where there is no target. */
  ok?: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const percent = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} %`;
/** A ratio as the table prints it: 1.23×. */
const times = (value: number) => `${value.toFixed(2)}×`;

/** Marginal build cost per essay between the smallest build and `point`. */
function perEssay(points: readonly ScalePoint[], point: ScalePoint, pick: (point: ScalePoint) => number): number {
  const base = points[0]!;
  return (pick(point) - pick(base)) / (point.essays - base.essays);
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

/** The median time of some query runs, and their range. */
function timeSummary(runs: readonly QueryFigures[]): { median: number; min: number; max: number } {
  const values = runs.map((run) => run.ms);
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * A figure of the site against the baseline over rounds: the median of the rounds' ratios, and
 * what it is made of (both figures; their ranges when there are several rounds).
 */
export function ratioOver(rounds: ReadonlyArray<{ site: number; baseline: number }>, format: (value: number) => string): { ratio: number; text: string; detail: string } {
  const ratios = rounds.map((round) => round.site / round.baseline);
  const ratio = median(ratios);
  const range = (values: number[], show: (value: number) => string) => (Math.min(...values) === Math.max(...values) ? show(values[0]!) : `${show(Math.min(...values))}–${show(Math.max(...values))}`);
  const sites = rounds.map((round) => round.site);
  const baselines = rounds.map((round) => round.baseline);
  if (rounds.length === 1) return { ratio, text: `${times(ratio)} (${format(sites[0]!)} ÷ ${format(baselines[0]!)})`, detail: '' };
  return { ratio, text: `${times(ratio)}, ${range(ratios, times)} over ${rounds.length} rounds`, detail: `${range(sites, format)} ÷ ${range(baselines, format)}` };
}

/** What a folder comparison says in the table: identical, or which files differ. */
export function diffText(diff: FolderDiff): string {
  const problems = [...diff.differing.map((file) => `${file} differs`), ...diff.onlyInFirst.map((file) => `${file} only in the rebuild`), ...diff.onlyInSecond.map((file) => `${file} only in the cold build`)];
  if (problems.length === 0) return `identical (${diff.compared.toLocaleString('en')} files)`;
  const shown = problems.slice(0, 8).join(', ');
  return `${problems.length} of ${(diff.compared + diff.onlyInFirst.length + diff.onlyInSecond.length).toLocaleString('en')} files not identical: ${shown}${problems.length > 8 ? ', …' : ''}`;
}

const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const filesText = (size: { disk: number; files: number }) => `${size.files.toLocaleString('en')} files, ${megabytes(size.disk)}`;
const sizeText = (size: { bytes: number; disk: number; files: number }) => `${megabytes(size.bytes)} in ${size.files.toLocaleString('en')} files (${megabytes(size.disk)} on disk)`;

/** Issue 15's rows: the site ÷ the baseline built in the same run. */
function ratioRows(point: RatioPoint): Row[] {
  const section = `issue 15: the site ÷ a bare Astro MDX site, ${point.essays.toLocaleString('en')} essays (both built in this run)`;
  const out: Row[] = [];
  const pick = (figure: (build: BuildResult) => number) => point.rounds.map((round) => ({ site: figure(round.site), baseline: figure(round.baseline) }));
  const cold = ratioOver(pick((build) => build.ms), seconds);
  out.push({ section, metric: 'cold build, every feature on', measured: cold.text, target: `≤ ${times(RATIO_TARGETS.coldBuild)}`, ok: cold.ratio <= RATIO_TARGETS.coldBuild });
  if (cold.detail) out.push({ section, metric: '  cold build times, site ÷ baseline', measured: cold.detail, target: '' });
  if (point.rebuild) {
    const baselineCold = median(point.rounds.map((round) => round.baseline.ms));
    const ratio = point.rebuild.ms / baselineCold;
    out.push({
      section,
      metric: 'rebuild after editing one essay, caches kept (÷ baseline cold)',
      measured: `${times(ratio)} (${seconds(point.rebuild.ms)} ÷ ${seconds(baselineCold)})`,
      target: `≤ ${times(RATIO_TARGETS.rebuild)}`,
      ok: ratio <= RATIO_TARGETS.rebuild,
    });
  }
  if (point.rebuildDiff) {
    out.push({ section, metric: 'rebuild’s output against a cold build’s', measured: diffText(point.rebuildDiff), target: 'identical', ok: identical(point.rebuildDiff) });
  }
  const memory = ratioOver(
    pick((build) => build.peakRss),
    mb,
  );
  out.push({ section, metric: 'peak memory, whole process tree', measured: memory.text, target: `≤ ${times(RATIO_TARGETS.peakMemory)}`, ok: memory.ratio <= RATIO_TARGETS.peakMemory });
  if (memory.detail) out.push({ section, metric: '  peak memory, site ÷ baseline', measured: memory.detail, target: '' });
  const last = point.rounds.at(-1)!;
  const size = last.site.size.bytes / last.baseline.size.bytes;
  out.push({ section, metric: 'built site, bytes of its files', measured: `${times(size)} (${megabytes(last.site.size.bytes)} ÷ ${megabytes(last.baseline.size.bytes)})`, target: `≤ ${times(RATIO_TARGETS.siteSize)}`, ok: size <= RATIO_TARGETS.siteSize });
  out.push({ section, metric: '  files, and bytes on disk (site; baseline)', measured: `${filesText(last.site.size)}; ${filesText(last.baseline.size)}`, target: '' });
  out.push({ section, metric: 'pages built (site, baseline)', measured: `${last.site.pages.toLocaleString('en')}, ${last.baseline.pages.toLocaleString('en')}`, target: '' });
  return out;
}

/** Issues 15 and 22's search rows: the realistic corpus, our page against Pagefind's own API. */
function searchRows(search: NonNullable<BenchResults['search']>): Row[] {
  const section = `issues 15 and 22: search, realistic corpus, ${search.essays.toLocaleString('en')} essays (Chromium on loopback)`;
  const ours = timeSummary(search.ours);
  const api = timeSummary(search.api);
  const ratio = ours.median / api.median;
  const first = search.ours.at(-1)!;
  const apiFirst = search.api.at(-1)!;
  const bytesRatio = first.gz / apiFirst.gz;
  const laterRatio = search.later.gz / search.apiLater.gz;
  const range = (summary: { min: number; max: number }) => `${Math.round(summary.min)}–${ms(summary.max)}`;
  const { suggestion } = search;
  return [
    { section, metric: 'queries (names found in one essay each)', measured: `"${search.queries.first}", then "${search.queries.later}"`, target: '' },
    {
      section,
      metric: 'first query transferred, gzipped, ours ÷ Pagefind’s JS API',
      measured: `${times(bytesRatio)} (${kb(first.gz)} in ${first.requests} requests ÷ ${kb(apiFirst.gz)} in ${apiFirst.requests})`,
      target: `≤ ${times(RATIO_TARGETS.firstQueryVsApi)}`,
      ok: bytesRatio <= RATIO_TARGETS.firstQueryVsApi,
    },
    { section, metric: '  of which the search bundle (pagefind/), ours; API', measured: `${kb(first.searchGz)}; ${kb(apiFirst.searchGz)}`, target: '' },
    {
      section,
      metric: 'first result painted, ours ÷ Pagefind’s JS API (medians)',
      measured: `${times(ratio)} (${ms(ours.median)} ÷ ${ms(api.median)})`,
      target: `≤ ${times(RATIO_TARGETS.firstResultVsApi)}`,
      ok: ratio <= RATIO_TARGETS.firstResultVsApi,
    },
    { section, metric: `  ranges over ${search.ours.length} runs each (ours; API)`, measured: `${range(ours)}; ${range(api)}`, target: '' },
    {
      section,
      metric: 'later query transferred, gzipped, ours ÷ the API page’s',
      measured: `${times(laterRatio)} (${kb(search.later.gz)} in ${search.later.requests} requests ÷ ${kb(search.apiLater.gz)} in ${search.apiLater.requests})`,
      target: `≤ ${times(RATIO_TARGETS.laterQueryVsApi)}`,
      ok: laterRatio <= RATIO_TARGETS.laterQueryVsApi,
    },
    { section, metric: 'later query: submit → new results painted (ours; API)', measured: `${ms(search.later.ms)}; ${ms(search.apiLater.ms)}`, target: '' },
    { section, metric: 'search page HTML, gzipped', measured: `${kb(search.searchHtml.gz)} (${kb(search.searchHtml.raw)} raw)`, target: `≤ ${kb(RATIO_TARGETS.searchHtmlGz)}`, ok: search.searchHtml.gz <= RATIO_TARGETS.searchHtmlGz },
    {
      section,
      metric: '"did you mean": the vocabulary one suggestion fetches',
      measured: `${kb(suggestion.vocabularyGz)} in ${suggestion.requests} requests: "${suggestion.query}" → ${suggestion.suggested ? `"${suggestion.suggested}"` : 'no suggestion'}`,
      target: `≤ ${kb(RATIO_TARGETS.suggestionGz)}`,
      ok: suggestion.vocabularyGz <= RATIO_TARGETS.suggestionGz && suggestion.suggested !== undefined,
    },
    {
      section,
      metric: 'film filter, first focus → its list painted: pagefind.filters()',
      measured: `${kb(search.filterList.gz)} in ${search.filterList.requests} requests, ${ms(search.filterList.ms)} (${search.filterList.options} films listed)`,
      target: '',
    },
    { section, metric: 'results painted at first (ours, API page)', measured: `${first.results}, ${apiFirst.results}`, target: '' },
    { section, metric: 'heaviest responses of our first query', measured: first.heaviest.map((response) => `${response.path.split('/').filter(Boolean).pop() ?? response.path} ${kb(response.gz)}`).join(', '), target: '' },
  ];
}

function devRows(runs: readonly DevFigures[]): Row[] {
  return runs.flatMap((dev) => {
    const section = `npm run dev, ${dev.essays.toLocaleString('en')} essays, ${dev.cold ? 'first start (every cache cleared)' : 'next start (caches kept)'}`;
    return [
      { section, metric: 'start → the server answers', measured: seconds(dev.answersMs), target: '' },
      { section, metric: 'first essay page (then again)', measured: `${seconds(dev.firstEssayMs)} (${ms(dev.againMs)})`, target: '' },
      { section, metric: 'edit saved → the page shows it', measured: seconds(dev.editMs), target: '' },
      { section, metric: 'peak memory, whole process tree', measured: mb(dev.peakRss), target: '' },
    ];
  });
}

/** Linear extrapolation of a figure to `essays`, from two sizes. */
export function extrapolate(from: { essays: number; value: number }, to: { essays: number; value: number }, essays: number): number {
  return to.value + ((to.value - from.value) / (to.essays - from.essays)) * (essays - to.essays);
}

function headroomRows(point: HeadroomPoint): Row[] {
  const section = `headroom: ${point.essays.toLocaleString('en')} essays, cold, once`;
  if (point.error) return [{ section, metric: 'build', measured: `failed after ${seconds(point.ms)} at ${mb(point.peakRss)}: ${point.error}`, target: '', ok: false }];
  const out: Row[] = [
    { section, metric: 'wall time, peak memory (process tree)', measured: `${seconds(point.ms)}, ${mb(point.peakRss)}`, target: '' },
    { section, metric: 'pages, output', measured: `${point.pages.toLocaleString('en')}, ${sizeText(point.size)}`, target: '' },
  ];
  if (point.from) {
    const span = point.essays - point.from.essays;
    out.push({
      section,
      metric: `growth per essay from ${point.from.essays.toLocaleString('en')}: time, memory`,
      measured: `${ms((point.ms - point.from.ms) / span)}, ${((point.peakRss - point.from.peakRss) / span / 1024 ** 2).toFixed(2)} MB`,
      target: '',
    });
    const at = 20_000;
    const time = extrapolate({ essays: point.from.essays, value: point.from.ms }, { essays: point.essays, value: point.ms }, at);
    const memory = extrapolate({ essays: point.from.essays, value: point.from.peakRss }, { essays: point.essays, value: point.peakRss }, at);
    out.push({
      section,
      metric: `straight line to ${at.toLocaleString('en')} essays`,
      measured: `${(time / 60_000).toFixed(0)} min, ${(memory / 1024 ** 3).toFixed(1)} GB (machine ${(point.machineMemory / 1024 ** 3).toFixed(0)} GB; Node heap limit ${(point.heapLimit / 1024 ** 3).toFixed(1)} GB a process)`,
      target: '',
    });
  }
  return out;
}

/** The table's rows, each with its target where an issue sets one; issue 15's ratios first. */
export function rows(results: BenchResults): Row[] {
  const out: Row[] = [];
  if (results.ratios) out.push(...ratioRows(results.ratios));
  if (results.search) out.push(...searchRows(results.search));
  if (results.dev) out.push(...devRows(results.dev));
  if (results.headroom) out.push(...headroomRows(results.headroom));
  for (const [type, weight] of Object.entries(results.pages) as Array<[PageType, PageWeight]>) {
    const section = `${type} page (2 essays)`;
    const isEssay = type === 'essay';
    out.push({ section, metric: 'requests before interaction', measured: String(weight.requests), target: isEssay ? `≤ ${TARGETS.essayRequests}` : '', ok: isEssay ? weight.requests <= TARGETS.essayRequests : undefined });
    out.push({
      section,
      metric: 'transferred, gzipped (raw)',
      measured: `${kb(weight.total.gz)} (${kb(weight.total.raw)})`,
      target: isEssay ? `≤ ${kb(TARGETS.essayTransferGz)}` : '',
      ok: isEssay ? weight.total.gz <= TARGETS.essayTransferGz : undefined,
    });
    const parts = (['html', 'css', 'js', 'font', 'image', 'other'] as const).filter((kind) => weight.byKind[kind].raw > 0).map((kind) => `${kind} ${kb(weight.byKind[kind].gz)}`);
    out.push({ section, metric: 'by type, gzipped', measured: parts.join(', '), target: '' });
    out.push({ section, metric: 'inline CSS / JS in the HTML, raw', measured: `${kb(weight.inline.css)} / ${kb(weight.inline.js)}`, target: '' });
    out.push({ section, metric: 'JS before interaction, gzipped', measured: kb(weight.jsBeforeInteraction), target: isEssay ? `≤ ${kb(TARGETS.essayJsGz)}` : '', ok: isEssay ? weight.jsBeforeInteraction <= TARGETS.essayJsGz : undefined });
    out.push({ section, metric: 'font files', measured: kb(weight.byKind.font.raw), target: 'none', ok: weight.byKind.font.raw <= TARGETS.fontBytes });
    if (type !== 'search') {
      out.push({ section, metric: 'search requests before search is used', measured: String(weight.searchRequests), target: '0', ok: weight.searchRequests === 0 });
    }
  }
  for (const [type, figures] of Object.entries(results.lighthouse) as Array<[PageType, LighthouseFigures]>) {
    const section = `Lighthouse, mobile, ${type} (median)`;
    const scores = Object.values(figures.scores);
    out.push({ section, metric: 'performance / accessibility / best practices / SEO', measured: scores.join(' / '), target: '100 each', ok: scores.every((score) => score >= TARGETS.lighthouseScore) });
    out.push({ section, metric: 'LCP', measured: ms(figures.lcp), target: `≤ ${ms(TARGETS.lcpMs)}`, ok: figures.lcp <= TARGETS.lcpMs });
    out.push({ section, metric: 'CLS', measured: figures.cls.toFixed(3), target: '0', ok: figures.cls <= TARGETS.cls });
    out.push({ section, metric: 'TBT', measured: ms(figures.tbt), target: '0 ms', ok: figures.tbt <= TARGETS.tbtMs });
  }
  const points = results.scale;
  const largest = points.at(-1);
  for (const point of points) {
    const section = `build, ${point.essays.toLocaleString('en')} essays (${point.pages.toLocaleString('en')} pages), dense corpus`;
    const isLargest = point === largest && point.essays >= 1000;
    const baseline = point.baseline ? ` (baseline ${seconds(point.baseline.ms)}, ${times(point.ms / point.baseline.ms)})` : '';
    out.push({ section, metric: 'wall time, cold (npm run build:local)', measured: `${seconds(point.ms)}${baseline}`, target: '' });
    const baselineMemory = point.baseline ? ` (baseline ${mb(point.baseline.peakRss)}, ${times(point.peakRss / point.baseline.peakRss)})` : '';
    out.push({ section, metric: 'peak memory (process tree RSS)', measured: `${mb(point.peakRss)}${baselineMemory}`, target: '' });
    if (points.length > 2 && point !== points[0]) {
      out.push({ section, metric: 'marginal cost per essay', measured: `${ms(perEssay(points, point, (p) => p.ms))}, ${(perEssay(points, point, (p) => p.peakRss) / 1024 ** 2).toFixed(2)} MB`, target: '' });
    }
    out.push({ section, metric: 'Pagefind index', measured: 'error' in point.pagefind ? 'missing' : `${kb(point.pagefind.bytes)} in ${point.pagefind.files} files`, target: '', ok: 'error' in point.pagefind ? false : undefined });
    out.push({ section, metric: 'essay page HTML, gzipped', measured: kb(point.essayHtml.gz), target: '' });
    out.push({ section, metric: 'home page HTML, gzipped', measured: kb(point.homeHtml.gz), target: isLargest ? `< ${kb(TARGETS.homeGzAt1000)}` : '', ok: isLargest ? point.homeHtml.gz < TARGETS.homeGzAt1000 : undefined });
  }
  if (points.length >= 3) {
    const [, between, last] = [points[0]!, points.at(-2)!, points.at(-1)!];
    const ratio = perEssay(points, last, (p) => p.ms) / perEssay(points, between, (p) => p.ms);
    const memoryRatio = perEssay(points, last, (p) => p.peakRss) / perEssay(points, between, (p) => p.peakRss);
    out.push({ section: 'growth', metric: `cost per essay at ${last.essays} ÷ at ${between.essays}: time, memory`, measured: `${ratio.toFixed(2)}, ${memoryRatio.toFixed(2)}`, target: `≤ ${TARGETS.linearity} (linear)`, ok: ratio <= TARGETS.linearity && memoryRatio <= TARGETS.linearity });
  }
  if (points.length >= 2) {
    const growth = largest!.essayHtml.gz / points[0]!.essayHtml.gz - 1;
    out.push({ section: 'growth', metric: `essay page at ${largest!.essays} vs ${points[0]!.essays} essays`, measured: percent(growth), target: `≤ +${TARGETS.essayGrowth * 100} %`, ok: growth <= TARGETS.essayGrowth });
  }
  for (const error of results.errors) out.push({ section: 'not measured', metric: 'error', measured: error, target: '', ok: false });
  return out;
}

/** The rows as a plain-text table, sections as headings, a ✓ or ✗ where there is a target. */
export function formatTable(table: readonly Row[]): string {
  // Error messages and lists run long: they do not set the columns' widths.
  const measured = table.filter((row) => row.metric !== 'error' && row.measured.length <= 60);
  const widths = [Math.max(0, ...measured.map((row) => row.metric.length)), Math.max(0, ...measured.map((row) => row.measured.length)), Math.max(0, ...measured.map((row) => row.target.length))];
  const lines: string[] = [];
  let section = '';
  for (const row of table) {
    if (row.section !== section) {
      section = row.section;
      lines.push('', section);
    }
    const mark = row.ok === undefined ? ' ' : row.ok ? '✓' : '✗';
    lines.push(`  ${mark} ${row.metric.padEnd(widths[0]!)}  ${row.measured.padEnd(widths[1]!)}  ${row.target}`.trimEnd());
  }
  return lines.join('\n').trimStart();
}

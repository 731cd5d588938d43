/**
 * The benchmark's results, its targets (from issue 7), and the table it prints: pure functions
 * over the figures run.ts collects.
 */
import type { LighthouseFigures } from './lighthouse.ts';
import type { BuildResult, PageWeight } from './measure.ts';
import type { SearchFigures } from './search.ts';

/** The page types the bench weighs and audits, by their path on the site. */
export const PAGE_TYPES = {
  home: '',
  essay: 'essays/a-stripping-vision/',
  film: 'films/anora/',
  search: 'search/',
} as const;
export type PageType = keyof typeof PAGE_TYPES;

/** Targets from issue 7; comparators measured on the same machine. */
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
  buildMsAt1000: 30_000,
  peakRssAt1000: 1.5 * 1024 ** 3,
  /** Cost per essay at 1,000 essays no more than this times the cost per essay at 100: linear growth. */
  linearity: 1.25,
  searchColdMs: 150,
  searchWarmMs: 20,
  searchFirstQueryGz: 120 * 1024,
} as const;

/** One build at a size, with the pages that must not grow with the site. */
export interface ScalePoint extends BuildResult {
  essays: number;
  /** The Pagefind bundle's size, or why there is none. */
  pagefind: { bytes: number; files: number } | { error: string };
  essayHtml: { raw: number; gz: number };
  homeHtml: { raw: number; gz: number };
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; chromium: string; loadBefore: number[]; loadAfter: number[] };
  /** Weights of each page type at the launch content (2 essays). */
  pages: Partial<Record<PageType, PageWeight>>;
  lighthouse: Partial<Record<PageType, LighthouseFigures>>;
  scale: ScalePoint[];
  search?: SearchFigures;
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

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const percent = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} %`;

/** Marginal build cost per essay between the smallest build and `point`. */
function perEssay(points: readonly ScalePoint[], point: ScalePoint, pick: (point: ScalePoint) => number): number {
  const base = points[0]!;
  return (pick(point) - pick(base)) / (point.essays - base.essays);
}

/** The table's rows, each with its target where the issue sets one. */
export function rows(results: BenchResults): Row[] {
  const out: Row[] = [];
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
    const section = `build, ${point.essays} essays (${point.pages} pages)`;
    const isLargest = point === largest && point.essays >= 1000;
    out.push({ section, metric: 'wall time of astro build (with Pagefind if it runs)', measured: seconds(point.ms), target: isLargest ? `< ${seconds(TARGETS.buildMsAt1000)}` : '', ok: isLargest ? point.ms < TARGETS.buildMsAt1000 : undefined });
    out.push({ section, metric: 'peak memory (process tree RSS)', measured: mb(point.peakRss), target: isLargest ? `< ${mb(TARGETS.peakRssAt1000)}` : '', ok: isLargest ? point.peakRss < TARGETS.peakRssAt1000 : undefined });
    if (points.length > 2 && point !== points[0]) {
      out.push({ section, metric: 'marginal cost per essay', measured: `${ms(perEssay(points, point, (p) => p.ms))}, ${(perEssay(points, point, (p) => p.peakRss) / 1024 ** 2).toFixed(2)} MB`, target: '' });
    }
    out.push({ section, metric: 'Pagefind index', measured: 'error' in point.pagefind ? 'missing' : `${kb(point.pagefind.bytes)} in ${point.pagefind.files} files`, target: '', ok: 'error' in point.pagefind ? false : undefined });
    out.push({ section, metric: 'essay page HTML, gzipped', measured: kb(point.essayHtml.gz), target: '' });
    out.push({ section, metric: 'home page HTML, gzipped', measured: kb(point.homeHtml.gz), target: isLargest ? `< ${kb(TARGETS.homeGzAt1000)}` : '', ok: isLargest ? point.homeHtml.gz < TARGETS.homeGzAt1000 : undefined });
  }
  if (points.length >= 3) {
    const [, middle, last] = [points[0]!, points.at(-2)!, points.at(-1)!];
    const ratio = perEssay(points, last, (p) => p.ms) / perEssay(points, middle, (p) => p.ms);
    const memoryRatio = perEssay(points, last, (p) => p.peakRss) / perEssay(points, middle, (p) => p.peakRss);
    out.push({ section: 'growth', metric: `cost per essay at ${last.essays} ÷ at ${middle.essays}: time, memory`, measured: `${ratio.toFixed(2)}, ${memoryRatio.toFixed(2)}`, target: `≤ ${TARGETS.linearity} (linear)`, ok: ratio <= TARGETS.linearity && memoryRatio <= TARGETS.linearity });
  }
  if (points.length >= 2) {
    const growth = largest!.essayHtml.gz / points[0]!.essayHtml.gz - 1;
    out.push({ section: 'growth', metric: `essay page at ${largest!.essays} vs ${points[0]!.essays} essays`, measured: percent(growth), target: `≤ +${TARGETS.essayGrowth * 100} %`, ok: growth <= TARGETS.essayGrowth });
  }
  const search = results.search;
  if (search) {
    const section = `search, ${largest?.essays ?? '?'} essays, Chromium on loopback`;
    out.push({ section, metric: 'first results, cold (from navigation; from DOM ready)', measured: `${ms(search.coldMs)}; ${ms(search.coldAfterDomReadyMs)}`, target: `≤ ${ms(TARGETS.searchColdMs)}`, ok: search.coldMs <= TARGETS.searchColdMs });
    out.push({ section, metric: 'new results, warm (second query, same page)', measured: ms(search.warmMs), target: `≤ ${ms(TARGETS.searchWarmMs)}`, ok: search.warmMs <= TARGETS.searchWarmMs });
    out.push({ section, metric: 'first query transferred, gzipped (search bundle part)', measured: `${kb(search.firstQuery.gz)} (${kb(search.firstQuery.searchGz)}) in ${search.firstQuery.requests} requests`, target: `≤ ${kb(TARGETS.searchFirstQueryGz)}`, ok: search.firstQuery.gz <= TARGETS.searchFirstQueryGz });
    out.push({ section, metric: 'results shown (cold, warm)', measured: `${search.results.cold}, ${search.results.warm}`, target: '' });
    out.push({ section, metric: 'heaviest responses of the first query', measured: search.heaviest.map((response) => `${response.path.split('/').pop()} ${kb(response.gz)}`).join(', '), target: '' });
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

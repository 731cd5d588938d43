/** The benchmark's figures: the median Lighthouse runs reduce to, and the table against issue 7's and issue 15's targets. */
import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../measure';
import { diffText, extrapolate, formatTable, median, ratioOver, rows, TARGETS, type BenchResults } from '../report';

describe('median', () => {
  it.each([
    [[3], 3],
    [[900, 700, 800], 800],
    [[1, 4, 2, 3], 2.5],
  ])('of %j is %d', (values, middle) => {
    expect(median(values)).toBe(middle);
  });
});

describe('the table', () => {
  const weight = (gz: number, requests: number) => ({
    url: '',
    requests,
    byKind: {
      html: { raw: gz * 3, gz },
      css: { raw: 0, gz: 0 },
      js: { raw: 0, gz: 0 },
      font: { raw: 0, gz: 0 },
      image: { raw: 0, gz: 0 },
      other: { raw: 0, gz: 0 },
    },
    total: { raw: gz * 3, gz },
    jsBeforeInteraction: 0,
    inline: { css: 0, js: 0 },
    searchRequests: 0,
  });
  const results: BenchResults = {
    date: '2026-01-01T00:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test', memoryGb: 4, node: 'v24', chromium: 'Chromium', loadBefore: [0, 0, 0], loadAfter: [0, 0, 0] },
    pages: { essay: weight(TARGETS.essayTransferGz + 1, 1) },
    lighthouse: {},
    scale: [],
    errors: ['search at 1000 essays: no search yet'],
    durationMs: 0,
  };

  it('marks a missed target ✗ and a met one ✓, and lists what could not be measured', () => {
    const table = formatTable(rows(results));
    expect(table).toMatch(/✗ transferred, gzipped \(raw\)\s+14\.6 KB/);
    expect(table).toMatch(/✓ requests before interaction\s+1\s+≤ 3/);
    expect(table).toContain('✗ error');
    expect(table).toContain('no search yet');
  });
});

describe('issue 15’s ratios', () => {
  const build = (seconds: number, megabytes: number, bytes = 1_000_000): BuildResult => ({
    ms: seconds * 1000,
    peakRss: megabytes * 1024 ** 2,
    pages: 10,
    size: { bytes, disk: bytes, files: 10 },
  });
  const base: BenchResults = {
    date: '2026-01-01T00:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test', memoryGb: 4, node: 'v24', chromium: 'Chromium', loadBefore: [0, 0, 0], loadAfter: [0, 0, 0] },
    pages: {},
    lighthouse: {},
    scale: [],
    errors: [],
    durationMs: 0,
  };

  it('takes the median of the rounds’ ratios, and shows their range', () => {
    const rounds = [
      { site: 110, baseline: 100 },
      { site: 90, baseline: 100 },
      { site: 130, baseline: 100 },
    ];
    const summary = ratioOver(rounds, String);
    expect(summary.ratio).toBeCloseTo(1.1);
    expect(summary.text).toBe('1.10×, 0.90×–1.30× over 3 rounds');
    expect(summary.detail).toBe('90–130 ÷ 100');
    expect(ratioOver([{ site: 50, baseline: 100 }], String).text).toBe('0.50× (50 ÷ 100)');
  });

  it('marks each figure against its target, and says which files a rebuild got wrong', () => {
    const table = formatTable(
      rows({
        ...base,
        ratios: {
          essays: 1000,
          rounds: [{ baseline: build(50, 2000, 20_000_000), site: build(54, 2400, 40_000_000) }],
          rebuild: build(20, 1500),
          rebuildDiff: { compared: 3, differing: ['essays/x/index.html'], onlyInFirst: [], onlyInSecond: ['pagefind/new.pf_fragment'] },
        },
      }),
    );
    expect(table).toMatch(/✓ cold build, every feature on\s+1\.08× \(54\.0 s ÷ 50\.0 s\)\s+≤ 1\.10×/);
    expect(table).toMatch(/✗ rebuild after editing one essay, caches kept \(÷ baseline cold\)\s+0\.40× \(20\.0 s ÷ 50\.0 s\)\s+≤ 0\.35×/);
    expect(table).toMatch(
      /✗ rebuild’s output against a cold build’s\s+2 of 4 files not identical: essays\/x\/index\.html differs, pagefind\/new\.pf_fragment only in the cold build/,
    );
    expect(table).toMatch(/✗ peak memory, whole process tree\s+1\.20×/);
    expect(table).toMatch(/✗ built site, bytes of its files\s+2\.00× \(38\.1 MB ÷ 19\.1 MB\)\s+≤ 1\.50×/);
  });

  it('says a rebuild’s output is identical when it is', () => {
    expect(diffText({ compared: 1473, differing: [], onlyInFirst: [], onlyInSecond: [] })).toBe('identical (1,473 files)');
  });

  it('judges search by bytes and time against Pagefind’s own API, the page’s HTML and a suggestion’s cost, and shows the film filter’s', () => {
    const query = (ms: number, gz: number) => ({ ms, results: 1, requests: 9, raw: gz * 2, gz, searchGz: gz - 10_000, heaviest: [], timeline: [] });
    const search = {
      essays: 1000,
      queries: { first: 'Ada Lark', later: 'Bo Fenn' },
      ours: [query(500, 110 * 1024), query(520, 110 * 1024), query(480, 110 * 1024)],
      api: [query(400, 100 * 1024), query(500, 100 * 1024), query(450, 100 * 1024)],
      later: query(100, 61 * 1024),
      apiLater: query(90, 50 * 1024),
      searchHtml: { raw: 40 * 1024, gz: 11 * 1024 },
      suggestion: { query: 'Adi Lark', suggested: 'Ada Lark', vocabularyGz: 9 * 1024, requests: 1 },
      filterList: { ms: 84.4, options: 50, gz: 30.5 * 1024, requests: 3 },
    };
    const table = formatTable(rows({ ...base, search }));
    expect(table).toMatch(/✓ first query transferred, gzipped, ours ÷ Pagefind’s JS API\s+1\.10× \(110\.0 KB in 9 requests ÷ 100\.0 KB in 9\)\s+≤ 1\.10×/);
    expect(table).toMatch(/✗ first result painted, ours ÷ Pagefind’s JS API \(medians\)\s+1\.11× \(500 ms ÷ 450 ms\)\s+≤ 1\.10×/);
    expect(table).toMatch(/✗ later query transferred, gzipped, ours ÷ the API page’s\s+1\.22×/);
    expect(table).toMatch(/✓ search page HTML, gzipped\s+11\.0 KB/);
    expect(table).toMatch(/✗ "did you mean": the vocabulary one suggestion fetches\s+9\.0 KB in 1 requests: "Adi Lark" → "Ada Lark"/);
    expect(table).toMatch(/ film filter, first focus → its list painted: pagefind\.filters\(\)\s+30\.5 KB in 3 requests, 84 ms \(50 films listed\)/);
    const noSuggestion = formatTable(rows({ ...base, search: { ...search, suggestion: { ...search.suggestion, suggested: undefined, vocabularyGz: 1024 } } }));
    expect(noSuggestion).toMatch(/✗ "did you mean": the vocabulary one suggestion fetches\s+1\.0 KB in 1 requests: "Adi Lark" → no suggestion/);
  });

  it('extrapolates a straight line through two sizes', () => {
    expect(extrapolate({ essays: 1000, value: 60 }, { essays: 5000, value: 300 }, 20_000)).toBe(1200);
  });

  it('reports a headroom build that failed, with when and why', () => {
    const table = formatTable(
      rows({
        ...base,
        headroom: {
          ...build(90, 4000),
          essays: 5000,
          machineMemory: 24 * 1024 ** 3,
          heapLimit: 4 * 1024 ** 3,
          error: 'JavaScript heap out of memory',
        },
      }),
    );
    expect(table).toMatch(/✗ build\s+failed after 90\.0 s at 4000 MB: JavaScript heap out of memory/);
  });
});

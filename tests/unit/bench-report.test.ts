/** The benchmark's figures: the median Lighthouse runs reduce to, and the table against issue 7's targets. */
import { describe, expect, it } from 'vitest';
import { median } from '../../scripts/bench/lighthouse';
import { formatTable, rows, TARGETS, type BenchResults } from '../../scripts/bench/report';

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

/**
 * Lighthouse on Debian's Chromium (no browser download): its default configuration, which is the
 * mobile preset (a Moto G Power-sized screen, simulated slow 4G and a 4× slower CPU), run several
 * times per page, reporting the median of each figure.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './report.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseFigures {
  /** Category scores, 0–100. */
  scores: Record<Category, number>;
  /** Largest Contentful Paint, simulated, in ms. */
  lcp: number;
  /** Cumulative Layout Shift. */
  cls: number;
  /** Total Blocking Time, simulated, in ms. */
  tbt: number;
}

/** Lighthouse `runs` times on `url` in one headless Chromium; the median of each figure. */
export async function lighthouseMedian(url: string, runs: number): Promise<LighthouseFigures & { runs: LighthouseFigures[] }> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    logLevel: 'silent',
  });
  try {
    const all: LighthouseFigures[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
      all.push({
        scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])) as Record<Category, number>,
        lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      });
    }
    return {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, median(all.map((figures) => figures.scores[id]))])) as Record<Category, number>,
      lcp: median(all.map((figures) => figures.lcp)),
      cls: median(all.map((figures) => figures.cls)),
      tbt: median(all.map((figures) => figures.tbt)),
      runs: all,
    };
  } finally {
    chrome.kill();
  }
}

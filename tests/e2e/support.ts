import { expect, type Page } from '@playwright/test';

/** Every page of the launch site, relative to the base URL (so a sub-path build runs the same suite). */
export const PAGES = {
  home: '',
  shortEssay: 'essays/a-stripping-vision/',
  longEssay: 'essays/between-control-and-losing-it/',
  film: 'films/anora/',
  films: 'films/',
  search: 'search/',
} as const;

/**
 * Collects console errors, page errors and failed or off-site requests while a test runs,
 * so a test can assert that a page loaded cleanly.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`third-party request: ${request.url()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    problems,
    expectClean: () => expect(problems, problems.join('\n')).toEqual([]),
  };
}

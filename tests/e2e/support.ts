import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page, type Request } from '@playwright/test';

export { expect };

/** Every page of the launch site, relative to the base URL (so a sub-path build runs the same suite). */
export const PAGES = {
  home: '',
  shortEssay: 'essays/a-stripping-vision/',
  longEssay: 'essays/between-control-and-losing-it/',
  film: 'films/anora/',
  otherFilm: 'films/pretty-woman/',
  films: 'films/',
  filmsByYear: 'films/by-year/',
  archive: 'archive/',
  search: 'search/',
  sources: 'sources/',
} as const;

/** The local-storage key of spoiler consent (src/shared/spoilers/consent.ts): JSON from film id to level. */
export const CONSENT_KEY = 'longtake:spoilers';

/** Whether a request leaves the site: anything but the preview server, `data:` and `blob:`. */
export function isThirdParty(url: string): boolean {
  const { hostname, protocol } = new URL(url);
  return !['127.0.0.1', 'localhost'].includes(hostname) && !['data:', 'blob:', 'about:'].includes(protocol);
}

/**
 * A reader following a link off the site is not the page loading something: a top-level
 * navigation is allowed to leave; every other request (scripts, styles, images, fetches, frames)
 * must stay on the site.
 */
function isReaderNavigation(request: Request): boolean {
  return request.isNavigationRequest() && request.frame().parentFrame() === null;
}

/**
 * Watches a browser context for what must never happen on any page, in any state: a Content
 * Security Policy violation (the `securitypolicyviolation` event, and Chromium's console message
 * for it) and a request to a third party. Every test gets this through `test` below.
 */
async function guardContext(context: BrowserContext) {
  const problems: string[] = [];
  await context.exposeBinding('__longtakeCspViolation', (_source, report: string) => {
    problems.push(`CSP violation: ${report}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.effectiveDirective} blocked ${event.blockedURI || 'an inline resource'} on ${event.documentURI} (${event.sourceFile || 'no file'}:${event.lineNumber}) ${event.sample}`;
      (window as unknown as { __longtakeCspViolation(report: string): void }).__longtakeCspViolation(report);
    });
  });
  context.on('console', (message) => {
    if (/content security policy/i.test(message.text())) problems.push(`CSP console: ${message.text()}`);
  });
  context.on('request', (request) => {
    if (isThirdParty(request.url()) && !isReaderNavigation(request)) problems.push(`third-party request: ${request.url()}`);
  });
  return problems;
}

/**
 * Playwright's `test`, with every browser context guarded (see `guardContext`): a test fails if
 * any page it opened broke the CSP or asked a third party for anything. Every spec imports
 * `test` from here; a unit test (tests/unit/e2e-guard.test.ts) keeps it that way.
 */
export const test = base.extend<{ cspAndThirdPartyGuard: void }>({
  cspAndThirdPartyGuard: [
    async ({ context }, use) => {
      const problems = await guardContext(context);
      await use();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

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
  page.on('requestfailed', (request) => {
    // A click that leaves the page cancels what it was still loading (the favicon, often): that is
    // the reader moving on, not the site failing. A missing file answers 404, which is caught below.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('request', (request) => {
    if (isThirdParty(request.url())) problems.push(`third-party request: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    problems,
    expectClean: () => expect(problems, problems.join('\n')).toEqual([]),
  };
}

/** WCAG 2.2 AA, as axe-core tags it: levels A and AA of WCAG 2.0, 2.1 and 2.2. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page as it is now: one readable line per offending node, none when all is well.
 * In legacy mode axe runs in the page itself; the default opens a blank page for every scan to
 * gather results from cross-origin frames, which the site has none of, and took twice as long.
 */
export async function axeViolations(page: Page, state: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${state}: ${violation.id} (${violation.impact}) ${violation.help} at ${node.target.join(' ')}\n  ${node.failureSummary?.replace(/\n/g, '\n  ')}`,
    ),
  );
}

/** The colour schemes, widths and spoiler states every page is audited in. */
const SCHEMES = ['light', 'dark'] as const;
/** A small phone, where notes pop over, and a laptop, where they stand in the margin. */
const WIDTHS = [360, 1280] as const;

/** How the page shows notes at its current width, as its stylesheet says (`--lt-notes`). */
export const notesShownAs = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--lt-notes').trim() as 'popovers' | 'sidenotes');

/**
 * Audits a page with axe-core in every state a reader can put it in: light and dark, phone and
 * laptop width, spoilers closed and (where the page has any) open, and with a note's popover
 * open where notes pop over. One page load per state, each scanned whole.
 */
export async function expectAccessibleInEveryState(page: Page, path: string) {
  const report: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const state = `${path || 'home'} in ${scheme} at ${width} px`;
      await page.goto(path);
      await page.evaluate((key) => localStorage.removeItem(key), CONSENT_KEY);
      await page.reload();
      // Whatever the page's script renders (search results, sidenotes) is in place before the scan.
      await page.waitForLoadState('networkidle');
      report.push(...(await axeViolations(page, `${state}, spoilers closed`)));

      // The films whose spoilers this page hides (the scopes the build listed on its head script), if any.
      const films = await page.evaluate(() =>
        (document.querySelector<HTMLScriptElement>('script[data-scopes]')?.dataset.scopes ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((scope) => scope.split(':')[0]!),
      );
      if (films.length > 0) {
        const consent = Object.fromEntries(films.map((film) => [film, 'major']));
        await page.evaluate(({ key, consent }) => localStorage.setItem(key, JSON.stringify(consent)), { key: CONSENT_KEY, consent });
        await page.reload();
        await page.waitForLoadState('networkidle');
        await expect(page.locator('html')).not.toHaveAttribute('data-spoilers', 'closed');
        report.push(...(await axeViolations(page, `${state}, spoilers open`)));
      }

      const mark = page.locator('essay-notes a.note-mark:visible').first();
      if ((await notesShownAs(page)) === 'popovers' && (await mark.count())) {
        await mark.focus();
        await expect(page.locator('.note-popover:popover-open')).toBeVisible();
        report.push(...(await axeViolations(page, `${state}, a note's popover open`)));
      }
    }
  }
  expect(report, report.join('\n')).toEqual([]);
}

/**
 * Serves every response with the policy of the build's `_headers` as a real HTTP header, as
 * Netlify or Cloudflare Pages would for `/*`: pages get it on top of their own `<meta>` policy, and
 * a web worker's script (Pagefind searches in one) brings it into the worker. Returns the header.
 */
export async function sendPolicyAsHeader(page: Page): Promise<string> {
  const file = await (await page.request.get('_headers')).text();
  const line = file.split('\n').find((entry) => entry.trim().startsWith('Content-Security-Policy:'));
  expect(line, '_headers has a Content-Security-Policy line').toBeDefined();
  const policy = line!.slice(line!.indexOf(':') + 1).trim();
  await page.route('**/*', async (route) => {
    if (isThirdParty(route.request().url())) return route.fallback();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  return policy;
}

/**
 * Issue 23 in a browser, on the adversarial spoiler fixture (tests/fixtures/spoiler-content, built
 * by `npm run build:spoilers`): each token in the text of a page is seen — on screen, in the
 * accessibility tree, by find-in-page — exactly when the reader's consent covers its scopes:
 * before consent, after consent to one film at mild (partial), after consent to every film at
 * major (full). tests/build/spoiler-leaks.test.ts checks the same tokens in every built file.
 */
import type { Page } from '@playwright/test';
import { CONSENT_KEY, expect, test } from './support';

/** The tokens shown as text, each with its page and the scopes it needs (attributes and labels are the build test's). */
const TOKENS = [
  { token: 'ZQXLEAK01', page: 'essays/inline-only/', needs: ['alpha:mild'] },
  { token: 'ZQXLEAK02', page: 'essays/inline-only/', needs: ['alpha:mild'] },
  { token: 'ZQXLEAK03', page: 'essays/inline-only/', needs: ['alpha:mild'] },
  { token: 'ZQXLEAK04', page: 'essays/inline-only/', needs: ['alpha:major'] },
  { token: 'ZQXLEAK05', page: 'essays/inline-only/', needs: ['alpha:mild'] },
  { token: 'ZQXLEAK06', page: 'essays/inline-only/', needs: ['alpha:mild', 'beta:major'] },
  { token: 'ZQXLEAK07', page: 'essays/inline-only/', needs: ['alpha:major', 'beta:major'] },
  { token: 'ZQXLEAK08', page: 'essays/inline-only/', needs: ['alpha:major'] },
  { token: 'ZQXLEAK09', page: 'essays/inline-only/', needs: ['gamma:mild'] },
  { token: 'ZQXLEAK10', page: 'essays/inline-only/', needs: ['gamma:mild'] },
  { token: 'ZQXLEAK11', page: 'essays/inline-only/', needs: ['gamma:mild'] },
  { token: 'ZQXLEAK16', page: 'essays/inline-only/', needs: ['gamma:mild'] },
  { token: 'ZQXLEAK17', page: 'essays/inline-only/', needs: ['gamma:mild'] },
  { token: 'ZQXLEAK18', page: 'essays/inline-only/', needs: ['beta:mild'] },
  { token: 'ZQXLEAK20', page: 'essays/gated-strong/', needs: ['alpha:major'] },
  { token: 'ZQXLEAK21', page: 'essays/gated-strong/', needs: ['alpha:major'] },
  { token: 'ZQXLEAK22', page: 'essays/gated-strong/', needs: ['alpha:mild'] },
  { token: 'ZQXLEAK23', page: 'essays/gated-strong/', needs: ['alpha:mild'] },
  { token: 'ZQXLEAK24', page: 'essays/gated-strong/', needs: ['alpha:mild', 'gamma:major'] },
  // The bibliography names the asides that credit a source, under their scopes.
  { token: 'ZQXLEAK09', page: 'sources/', needs: ['gamma:mild'] },
  { token: 'ZQXLEAK23', page: 'sources/', needs: ['alpha:mild'] },
];

const CONSENTS = [
  { state: 'before consent', consent: {} },
  { state: 'after consent to mild spoilers of Alpha Reel', consent: { alpha: 'mild' } },
  { state: 'after consent to major spoilers of every film', consent: { alpha: 'major', beta: 'major', gamma: 'major' } },
] as const;

const RANK: Record<string, number> = { mild: 1, major: 2 };
const covered = (consent: Record<string, string>, needs: readonly string[]) =>
  needs.every((need) => {
    const [film, level] = need.split(':');
    return (RANK[consent[film!] ?? ''] ?? 0) >= RANK[level!]!;
  });

/** Find-in-page from the top: a find starts at the last match, so each search starts with no selection. */
const found = (page: Page, text: string) =>
  page.evaluate((phrase) => {
    getSelection()?.removeAllRanges();
    return (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find(
      phrase,
      false,
      false,
      true,
    );
  }, text);

for (const { state, consent } of CONSENTS) {
  test.describe(state, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), { key: CONSENT_KEY, value: JSON.stringify(consent) });
    });

    for (const pagePath of [...new Set(TOKENS.map((token) => token.page))]) {
      const tokens = TOKENS.filter((token) => token.page === pagePath);
      test(`${pagePath} shows exactly the tokens consent covers`, async ({ page }) => {
        await page.goto(pagePath);
        // The head script has applied consent once <html> says so.
        await expect(page.locator('html[data-scoped]')).toHaveCount(1);
        const tree = await page.locator('body').ariaSnapshot();
        expect(tokens.length).toBeGreaterThan(0);
        for (const { token, needs } of tokens) {
          const matches = page.getByText(token, { exact: false });
          const count = await matches.count();
          expect(count, `${token} is in the page`).toBeGreaterThan(0);
          if (covered(consent, needs)) {
            await expect(matches.filter({ visible: true }).first(), `${token} is visible`).toBeVisible();
            expect(tree, `${token} is in the accessibility tree`).toContain(token);
            expect(await found(page, token), `${token} is found by find-in-page`).toBe(true);
          } else {
            for (const match of await matches.all()) await expect(match, `${token} is hidden`).toBeHidden();
            expect(tree, `${token} is not in the accessibility tree`).not.toContain(token);
            expect(await found(page, token), `${token} is not found by find-in-page`).toBe(false);
          }
        }
      });
    }
  });
}

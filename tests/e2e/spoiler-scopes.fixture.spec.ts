/**
 * Spoilers at every grain, on the fixture build (tests/fixtures/content): an inline <Spoiler>, a
 * note inside it and a note citing a late scene in an essay without a gate; and an essay behind a
 * gate for one film with a passage and note spoiling another. Before consent, no spoiler text is
 * visible, in the accessibility tree, found by find-in-page, or in any popover, sidenote,
 * notes-list entry or search result; after consent for that film and level, it all appears.
 */
import type { Page } from '@playwright/test';
import { CONSENT_KEY, expect, test, watchPage } from './support';

const NOTES = 'essays/notes-fixture/';
const TWO_REELS = 'essays/two-reels/';
const PASSAGE = 'The twist is that the pattern was a message all along.';
const INSIDE_NOTE = 'A note inside a spoiler passage.';
const LATE_SCENE = '1:52:10';
const OTHER_FILM_PASSAGE = 'the thief is Zarathustra Quell';

/** Scoped notes get neutral labels, in order (remark-spoiler-scopes): GFM writes a label into ids and links. */
const INSIDE = 'spoiler-note-1';
const LATE = 'spoiler-note-2';
const QUELL = 'spoiler-note-1';

const popover = (page: Page) => page.locator('.note-popover:popover-open');
const mark = (page: Page, number: number) => page.getByRole('link', { name: `Note ${number}`, exact: true }).first();
const note = (page: Page, id: string) => page.locator(`#user-content-fn-${id}`);
const found = (page: Page, text: string) =>
  page.evaluate((phrase) => (window as unknown as { find(text: string): boolean }).find(phrase), text);
const accept = (page: Page, consent: Record<string, string>) =>
  page.addInitScript(({ key, value }) => localStorage.setItem(key, value), { key: CONSENT_KEY, value: JSON.stringify(consent) });

/**
 * Every way a spoiler could show: on screen, to assistive technology, to find-in-page. `inPage`
 * is how many elements hold the text, hidden: the text is there, withheld, not renamed or gone.
 */
async function expectWithheld(page: Page, text: string, inPage: number) {
  const matches = page.getByText(text, { exact: false });
  await expect(matches).toHaveCount(inPage);
  for (const match of await matches.all()) await expect(match).toBeHidden();
  expect(await page.locator('body').ariaSnapshot()).not.toContain(text);
  expect(await found(page, text)).toBe(false);
}

test.describe('before consent', () => {
  test('a spoiler passage, and the notes that wait with it, show nowhere', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(NOTES);
    for (const text of [PASSAGE, INSIDE_NOTE, LATE_SCENE]) await expectWithheld(page, text, 1);
    // The notes list keeps each note's number and back-link, and says what it waits for.
    for (const id of [INSIDE, LATE]) {
      await expect(note(page, id)).toContainText('Spoiler: shown once you accept major spoilers for Test Pattern.');
      await expect(note(page, id).getByRole('link', { name: /Back to the text of note/ })).toBeVisible();
    }
    watch.expectClean();
  });

  test('a spoiler note’s mark is described by the line that withholds it, and opens no popover', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(NOTES);
    await expect(mark(page, 4)).toHaveAccessibleDescription('Spoiler: shown once you accept major spoilers for Test Pattern.');
    await mark(page, 4).focus();
    await mark(page, 4).hover();
    // Then a popover that is allowed opens, so the one that was not has certainly been decided.
    await mark(page, 2).focus();
    await expect(popover(page)).toContainText('A plain GFM note');
    await expect(popover(page)).not.toContainText(LATE_SCENE);
  });

  test('no sidenote holds a spoiler note', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(NOTES);
    await expect(page.locator('.sidenote')).toHaveCount(4);
    await expect(page.locator('.sidenote')).not.toContainText([LATE_SCENE]);
    for (const sidenote of await page.locator('.sidenote').all()) {
      await expect(sidenote).not.toContainText(INSIDE_NOTE);
      await expect(sidenote).not.toContainText(LATE_SCENE);
    }
  });

  test('inside a gated essay, opening the gate leaves another film’s passage closed', async ({ page }) => {
    await accept(page, { 'test-pattern': 'mild' });
    await page.goto(TWO_REELS);
    await expect(page.getByText('the projectionist burns the last reel')).toBeVisible();
    await expectWithheld(page, OTHER_FILM_PASSAGE, 1);
    await expectWithheld(page, 'Quell confesses', 1);
    await expect(page.getByRole('button', { name: 'Show major spoiler for Second Reel' })).toBeVisible();
  });
});

test.describe('after consent for the film and level', () => {
  test('the passage, the notes, their popovers and sidenotes all appear', async ({ page }) => {
    await accept(page, { 'test-pattern': 'major' });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(NOTES);
    await expect(page.getByText(PASSAGE)).toBeVisible();
    await expect(note(page, INSIDE)).toContainText(INSIDE_NOTE);
    await expect(note(page, INSIDE).getByText('Spoiler: shown once')).toBeHidden();
    await expect(mark(page, 4)).toHaveAccessibleDescription(/Test Pattern, directed by Ada Example, 1999, at 1:52:10/);
    await mark(page, 4).focus();
    await expect(popover(page)).toContainText(LATE_SCENE);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(page.locator('.sidenote')).toHaveCount(6);
  });

  test('showing a passage accepts its film’s spoilers: every passage and note of that scope opens', async ({ page }) => {
    await page.goto(NOTES);
    // The inline passage; a block passage for the same film follows it.
    const passage = page.locator('spoiler-text').first();
    const show = passage.getByRole('button', { name: 'Show major spoiler for Test Pattern' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await show.click();
    await expect(page.getByText(PASSAGE)).toBeVisible();
    await expect(note(page, LATE)).toContainText(LATE_SCENE);
    // Consent opens the block passage too: two passages, each with its own control.
    await expect(page.getByRole('button', { name: 'Hide spoiler' })).toHaveCount(2);
    await expect(passage.getByRole('button', { name: 'Hide spoiler' })).toHaveAttribute('aria-expanded', 'true');
    expect(await page.evaluate((key) => localStorage.getItem(key), CONSENT_KEY)).toBe('{"test-pattern":"major"}');
    // Hiding one passage again hides it alone; consent stays.
    await passage.getByRole('button', { name: 'Hide spoiler' }).click();
    await expect(page.getByText(PASSAGE)).toBeHidden();
    await expect(note(page, LATE)).toContainText(LATE_SCENE);
  });

  test('consent for another film opens that film’s passage in a gated essay, and nothing else', async ({ page }) => {
    await accept(page, { 'test-pattern': 'mild', 'second-reel': 'major' });
    await page.goto(TWO_REELS);
    await expect(page.getByText(OTHER_FILM_PASSAGE)).toBeVisible();
    await expect(note(page, QUELL)).toContainText('Quell confesses in the lobby');
  });
});

test.describe('popovers and Escape', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('Escape closes a popover opened by hovering, and it stays closed until the pointer leaves and returns', async ({ page }) => {
    await page.goto(NOTES);
    await mark(page, 2).hover();
    await expect(popover(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(popover(page)).toHaveCount(0);
    await expect(mark(page, 2)).not.toBeFocused();
    // Resting on the mark, moving within it, or crossing into it again without leaving does not bring it back…
    const box = (await mark(page, 2).boundingBox())!;
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2);
    await page.clock.install();
    await mark(page, 2).dispatchEvent('pointerover', { pointerType: 'mouse', bubbles: true });
    await page.clock.runFor(2000);
    await expect(popover(page)).toHaveCount(0);
    // …leaving and coming back does.
    await page.clock.resume();
    await page.mouse.move(5, 5);
    await mark(page, 2).hover();
    await expect(popover(page)).toBeVisible();
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a spoiler note is hidden in the list, and a mark’s link still reaches it', async ({ page }) => {
    await page.goto(NOTES);
    await expect(note(page, LATE).locator('.note-body')).toBeHidden();
    await expect(note(page, LATE)).toContainText('Spoiler: shown once you accept major spoilers for Test Pattern.');
    await page.goto(`${NOTES}#user-content-fn-${LATE}`);
    await expect(note(page, LATE)).toContainText(LATE_SCENE);
    await expect(note(page, LATE).getByText('Spoiler: shown once')).toBeHidden();
  });

  test('a passage opens by its link', async ({ page }) => {
    await page.goto(NOTES);
    await expect(page.getByText(PASSAGE)).toBeHidden();
    await page.locator('spoiler-text').first().getByRole('link', { name: 'Show major spoiler for Test Pattern' }).click();
    await expect(page.getByText(PASSAGE)).toBeVisible();
  });
});

/** The fixture essay's features under the policy sent as a header: see csp.spec.ts. */
import { expect, sendPolicyAsHeader, test } from './support';

test('inline spoilers, popovers with links and scene citations, and sidenotes work under the header', async ({ page }) => {
  await sendPolicyAsHeader(page);
  await page.setViewportSize({ width: 1024, height: 800 });
  const response = await page.goto('essays/notes-fixture/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  const twist = page.getByText('The twist is that the pattern was a message all along.');
  await expect(twist).toBeHidden();
  // The inline passage; a block passage for the same film follows it.
  const passage = page.locator('spoiler-text').first();
  await passage.getByRole('button', { name: /^Show major spoiler for Test Pattern/ }).click();
  await expect(twist).toBeVisible();

  const popover = page.locator('.note-popover:popover-open');
  const mark = (number: number) => page.getByRole('link', { name: `Note ${number}`, exact: true }).first();
  await mark(1).focus();
  // The popover is hidden from the accessibility tree (its mark is described by the note), so by text.
  await expect(popover.getByText('https://example.com/review', { exact: true })).toBeVisible();
  await mark(3).focus();
  await expect(popover.locator('.scene-citation')).toHaveText('Test Pattern, directed by Ada Example, 1999, at 0:02:10.');

  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.locator('.sidenote').first()).toBeVisible();
  await passage.getByRole('button', { name: 'Hide spoiler' }).click();
  await expect(twist).toBeHidden();
  await expect(passage.getByRole('button', { name: /^Show major spoiler for Test Pattern/ })).toHaveAttribute('aria-expanded', 'false');
});

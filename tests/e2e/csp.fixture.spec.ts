/** The fixture essay's features under the policy sent as a header: see csp.spec.ts. */
import { expect, sendPolicyAsHeader, test } from './support';

test('inline spoilers, popovers with links and film cards, and sidenotes work under the header', async ({ page }) => {
  await sendPolicyAsHeader(page);
  await page.setViewportSize({ width: 1024, height: 800 });
  const response = await page.goto('essays/notes-fixture/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  await page.getByRole('button', { name: /^Show major spoiler for Test Pattern/ }).click();
  await expect(page.getByText('The twist is that the pattern was a message all along.')).toBeVisible();
  for (const number of [1, 3]) {
    await page
      .getByRole('link', { name: `Note ${number}`, exact: true })
      .first()
      .focus();
    await expect(page.locator('.note-popover:popover-open')).toBeVisible();
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.locator('.sidenote').first()).toBeVisible();
  await page.getByRole('button', { name: 'Hide spoiler' }).click();
});

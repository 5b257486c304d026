/**
 * The explorer's phone layout in tests: the header folds its tools under "Menu", and the sidebar
 * (filters, legend, saved views, "Fulgte") is a drawer opened from that menu.
 */
import type { Page } from 'playwright-core';

/** Opens the header's folded menu, if it is not open already. */
export async function openHeaderMenu(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

/** Opens the sidebar drawer through the header menu and waits until it has slid in. */
export async function openSidebarDrawer(page: Page): Promise<void> {
  await openHeaderMenu(page);
  await page.getByRole('button', { name: 'Filtre og signaturer' }).click();
  await page.locator('#sidebar.open').waitFor();
  // Let it finish sliding in before anyone takes a picture.
  await page.waitForTimeout(350);
}

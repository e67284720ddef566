/** What works with JavaScript off, and what pages load no script at all. */
import { test, expect } from '@playwright/test';
import { PAGES_WITHOUT_SCRIPTS } from './site.ts';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the manual filters narrow the list by audience, component and type', async ({ page }) => {
    await page.goto('/manuales/');
    const cards = page.locator('.card-list > li');
    const total = await cards.count();
    expect(total).toBeGreaterThanOrEqual(11);

    for (const [facet, label] of [
      ['Audiencia', 'Participante'],
      ['Componente', 'Gobernanza y gestión de la migración'],
      ['Tipo', 'Cuaderno de trabajo'],
    ]) {
      await page.goto('/manuales/');
      const filters = page.getByRole('navigation', { name: 'Filtrar manuales y guías' });
      const link = filters.getByRole('link', { name: new RegExp(`^${label} \\(\\d+\\)$`) });
      const expected = Number((await link.textContent())!.match(/\((\d+)\)/)![1]);
      await link.click();
      await expect(page.locator('h1')).toContainText(label);
      await expect(cards).toHaveCount(expected);
      expect(expected).toBeLessThan(total);
      await expect(filters.getByRole('link', { name: new RegExp(`^${label}`) })).toHaveAttribute('aria-current', 'page');
      // Every listed manual really has that facet value on its own page.
      const hrefs = await cards.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      for (const href of hrefs) {
        await page.goto(href);
        await expect(page.locator('.facts'), `${href} lists ${facet} ${label}`).toContainText(label);
      }
    }
  });
});

for (const path of PAGES_WITHOUT_SCRIPTS) {
  test(`${path} loads no JavaScript`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await expect(page.locator('script')).toHaveCount(0);
  });
}

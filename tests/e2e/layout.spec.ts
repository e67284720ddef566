/**
 * The header on a small phone («Menú», the search box), keyboard entry, landmarks, and the print stylesheet.
 * That no page scrolls sideways on a 360 px phone is checked on every page, in every-page.spec.ts.
 */
import { test, expect } from '@playwright/test';
import { PAGE_TYPES } from './site.ts';

test.describe('the header on a 360 px phone, without JavaScript', () => {
  test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

  test('is compact (name, search, a Menú button) and the button opens the sections by keyboard', async ({ page }) => {
    await page.goto(PAGE_TYPES.manual);
    const header = (await page.getByRole('banner').boundingBox())!;
    test.info().annotations.push({ type: 'header height at 360 px', description: `${Math.round(header.height)} px` });
    expect(header.height).toBeLessThanOrEqual(160);
    const sections = page.getByRole('navigation', { name: 'Secciones principales' });
    await expect(sections).toBeHidden();
    await expect(page.getByRole('banner').getByRole('searchbox')).toBeVisible();
    const menu = page.getByRole('banner').getByText('Menú');
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(sections).toBeVisible();
    await expect(sections.getByRole('link', { name: 'Manuales y guías' })).toHaveAttribute('aria-current', 'page');
    await sections.getByRole('link', { name: 'Glosario' }).click();
    await expect(page).toHaveURL(/\/glosario\/$/);
  });
});

test.describe('the «Menú» on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('opens under the header; Escape closes it and gives focus back to the button, from a link inside or from the button', async ({ page }) => {
    await page.goto(PAGE_TYPES.manual);
    const button = page.getByRole('banner').getByRole('button', { name: 'Menú' });
    const sections = page.getByRole('navigation', { name: 'Secciones principales' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(sections).toBeVisible();
    const header = (await page.locator('.site-header').boundingBox())!;
    const menu = (await sections.boundingBox())!;
    expect(Math.abs(menu.y - (header.y + header.height))).toBeLessThanOrEqual(1);
    await page.keyboard.press('Tab');
    await expect(sections.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sections).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(sections).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sections).toBeHidden();
    await expect(button).toBeFocused();
  });
});

test.describe('one search box on the home page', () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
    test(`at ${viewport.width} px: the hero's search box only, on the first screen; other pages keep the header's`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      await expect(page.getByRole('searchbox')).toHaveCount(1);
      await expect(page.getByRole('banner').getByRole('searchbox')).toHaveCount(0);
      await expect(page.getByRole('search', { name: 'Buscar manuales, guías y términos' }).getByRole('searchbox')).toBeInViewport();
      await page.goto(PAGE_TYPES.manual);
      await expect(page.getByRole('banner').getByRole('searchbox')).toBeVisible();
      await expect(page.getByRole('searchbox')).toHaveCount(1);
    });
  }
});

test('on a wide screen the sections are always shown, without a Menú button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(PAGE_TYPES.manual);
  await expect(page.getByRole('navigation', { name: 'Secciones principales' })).toBeVisible();
  await expect(page.getByRole('banner').getByText('Menú')).toBeHidden();
});

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto(PAGE_TYPES.manual);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Saltar al contenido' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a content page has landmarks, breadcrumbs, a table of contents and its last update', async ({ page }) => {
  await page.goto(PAGE_TYPES.manual);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toContainText('Financiado por la Unión Europea');
  await expect(page.getByRole('navigation', { name: 'Ruta de navegación' })).toContainText('Manuales y guías');
  const toc = page.getByRole('navigation', { name: 'En esta página' });
  const firstEntry = toc.getByRole('link').first();
  const target = await firstEntry.getAttribute('href');
  await firstEntry.click();
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe(target);
  await expect(page.locator('.last-updated time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('.last-updated')).toContainText(/\d{1,2} de [a-z]+ de \d{4}/);
  await expect(page.getByRole('navigation', { name: 'Anterior y siguiente' })).toBeVisible();
});

test('print hides the navigation chrome, prints links to other sites in full and leaves bare paths out', async ({ page }) => {
  await page.goto(PAGE_TYPES.manual);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'En esta página' })).toBeHidden();
  const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(await after('main article a[href^="/"]')).toBe('none');
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: 'https://www.programaintegra.org', textContent: 'Programa Integra' });
    document.querySelector('main')!.append(link);
  });
  expect(await after('main a[href^="https://www.programaintegra.org"]')).toBe('" (https://www.programaintegra.org)"');
});

test.describe('at 1280 px wide', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const path of [PAGE_TYPES.manual, PAGE_TYPES.municipio, PAGE_TYPES.glossary]) {
    test(`${path} keeps its content in the main column, under the title, with or without a table of contents`, async ({ page }) => {
      await page.goto(path);
      const title = await page.locator('h1').boundingBox();
      const article = await page.locator('article.prose').boundingBox();
      expect(Math.abs(article!.x - title!.x)).toBeLessThanOrEqual(2);
      expect(article!.width).toBeGreaterThan(500);
    });
  }
});

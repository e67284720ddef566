/** What a public site owes its readers: link previews on its own origin, and a privacy page that can erase what it kept. */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './site.ts';
import { pagesHeaders } from '../../src/lib/security-headers.ts';

test('every page has a canonical URL and a link preview (title, description, self-hosted image) on the site\'s origin', async ({ page }) => {
  await page.goto('/manuales/gestion-de-casos/');
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const origin = new URL(canonical!).origin;
  expect(new URL(canonical!).pathname).toBe('/manuales/gestion-de-casos/');
  expect(await meta('meta[property="og:url"]')).toBe(canonical);
  expect(await meta('meta[property="og:title"]')).toContain('Guía práctica para la gestión de casos');
  expect(await meta('meta[property="og:description"]')).toBeTruthy();
  const image = await meta('meta[property="og:image"]');
  expect(image).toBe(`${origin}/imagen-para-compartir.png`);
  // The preview image is served by the site itself, 1200 × 630 as declared.
  const png = readFileSync(join(DIST, 'imagen-para-compartir.png'));
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  // The sitemap uses the same origin.
  expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${origin}/manuales/gestion-de-casos/</loc>`);
});

test('the privacy page counts what the portal kept on this device and erases only that', async ({ page }) => {
  await page.goto('/privacidad/');
  await page.evaluate(() => {
    localStorage.setItem('integra:quiz:modulo-01-bienvenida-y-screening', '{}');
    localStorage.setItem('integra:diagnostico', '{}');
    localStorage.setItem('otro-sitio', 'se queda');
  });
  await page.reload();
  await expect(page.locator('[data-storage-summary]')).toHaveText('Este portal tiene 2 datos guardados en este navegador.');
  await page.getByRole('button', { name: 'Borrar todo lo que este portal guardó aquí' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Se borraron 2 datos' })).toBeVisible();
  await expect(page.locator('[data-storage-summary]')).toHaveText('Este portal no tiene datos guardados en este navegador.');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['otro-sitio']);
});

test('the contact page lists the programme\'s channels as the report prints them, as plain links', async ({ page }) => {
  await page.goto('/contacto/');
  for (const href of ['https://www.programaintegra.org', 'https://www.facebook.com/programaintegraec', 'https://www.instagram.com/integraec']) {
    await expect(page.locator(`main a[href="${href}"]`)).toBeVisible();
  }
});

test('the build ships the HTTP headers for Cloudflare Pages, as declared once in src/lib/security-headers.ts', () => {
  expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(pagesHeaders());
});

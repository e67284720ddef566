/**
 * On a 360 × 740 phone the first content of every page starts within the first two screens: every page
 * is measured in every-page.spec.ts, by the kinds of phone-checks.ts. Here: every page of the sitemap is of
 * a kind, every kind has a page, and the tools keep a few facts above their first control and fold the rest.
 */
import { test, expect } from '@playwright/test';
import { KINDS, PHONE, kindOf } from './phone-checks.ts';
import { PAGE_TYPES, sitemapPaths } from './site.ts';

const paths = [...new Set([...sitemapPaths(), PAGE_TYPES.practiceFilter])];

test('every page of the sitemap is of a kind whose first content is defined', () => {
  expect(paths.filter((path) => !kindOf(path))).toEqual([]);
  for (const kind of KINDS) expect(paths.some((path) => kindOf(path) === kind), `a page of kind «${kind.kind}»`).toBe(true);
});

/**
 * What makes room for the first content without leaving the page: the few facts a tool keeps above its
 * first control, and what folds under one line on a phone (PhoneFold). The fold opens by keyboard, and
 * wider screens show it open, with no line to open.
 */
const FOLDED: { path: string; kept: (string | RegExp)[]; summary: string | RegExp; inside: string; linkedInside?: string }[] = [
  {
    path: '/diagnostico/',
    kept: [/^\d+ preguntas$/, 'Cuánto lleva:', 'Lo que escribe no sale de este navegador.'],
    summary: 'Más sobre la herramienta y materiales para las reuniones',
    inside: 'Cuestionario para imprimir',
  },
  {
    path: '/diagnostico/municipios/',
    kept: ['Nada sale de este navegador.', 'No es una clasificación de municipios.'],
    summary: 'Lo que esta vista muestra y lo que no',
    inside: 'No sirve para premiar, sancionar ni repartir recursos según el puntaje.',
  },
];

for (const { path, kept, summary, inside, linkedInside } of FOLDED) {
  test(`${path}: on a phone the essentials stay above the first content, the rest folds and opens by keyboard; wider screens show it open`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    const first = page.locator(kindOf(path)!.selector).filter({ visible: true }).first();
    await expect(first).toBeVisible();
    const firstTop = (await first.boundingBox())!.y;
    for (const text of kept) {
      const fact = page.locator('main strong', { hasText: text });
      await expect(fact, String(text)).toBeVisible();
      expect((await fact.boundingBox())!.y, `«${text}» above the first content`).toBeLessThan(firstTop);
    }
    const fold = page.locator('.phone-fold', { has: page.locator('summary', { hasText: summary }) });
    const content = fold.getByText(inside).first();
    await expect(content).toBeHidden();
    await fold.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(content).toBeVisible();
    // A title for the open fold (PhoneFold's `phone-fold__title`) would repeat the summary on a phone.
    await expect(fold.locator('.phone-fold__title')).toBeHidden();

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await expect(fold.locator('summary')).toBeHidden();
    await expect(content).toBeVisible();
    for (const title of await fold.locator('.phone-fold__title').all()) await expect(title).toBeVisible();

    if (!linkedInside) return;
    // A link to something inside the fold opens it on a phone (the browser reveals a fragment's closed <details>).
    await page.setViewportSize(PHONE);
    await page.goto(`${path}${linkedInside}`);
    await expect(page.locator(linkedInside)).toBeInViewport();
  });
}

/**
 * Finding one's way in long pages on a phone: «En esta página» folded at the top and «Volver arriba»,
 * and tables wider than the phone that say they scroll sideways. Every page is held to these rules in
 * every-page.spec.ts (phone-checks.ts); here, how they work for the reader.
 */
import { test, expect, type Page } from '@playwright/test';
import { LONG, PHONE, expectLongPageNavigation, expectTablesFitOrScroll } from './phone-checks.ts';
import { PAGE_TYPES, resultPages } from './site.ts';
import { openResults, seedAssessments } from './diagnostic-steps.ts';

const GUIDE = '/aprende-trabaja-emprende/capital-semilla/guia-facilitador/';

const toc = (page: Page) => page.getByRole('navigation', { name: 'En esta página' });

test.describe('on a 360 px phone', () => {
  test.use({ viewport: PHONE });

  test(`the long-page rule (every page, in every-page.spec.ts) measures a trainer guide as over ${LONG} screens, with its navigation`, async ({ page }) => {
    await page.goto(GUIDE);
    expect(await expectLongPageNavigation(page, GUIDE)).toBeGreaterThan(LONG);
  });

  test('a trainer guide folds «En esta página» at the top; it opens by keyboard and leads to the 2-hour version', async ({ page }) => {
    await page.goto(GUIDE);
    const nav = toc(page);
    const summary = nav.locator('summary');
    await expect(summary).toBeInViewport();
    const shortVersion = nav.getByRole('link', { name: 'Versión de 2 horas' });
    await expect(shortVersion).toBeHidden();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(shortVersion).toBeVisible();
    // Each activity of «Paso a paso» is listed under it.
    await expect(nav.getByRole('link', { name: /^1\. .+ \(\d+ min\)$/ })).toBeVisible();
    await shortVersion.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#version-corta$/);
    await expect(page.getByRole('heading', { name: 'Versión de 2 horas' })).toBeInViewport();
  });

  test('«Volver arriba» is reached by Tab after a section and takes the reader back to the top of the content', async ({ page }) => {
    await page.goto(`${GUIDE}#version-corta`);
    // Tab from the section's heading, in reading order, until a «Volver arriba» link has focus.
    await page.getByRole('heading', { name: 'Versión de 2 horas' }).click();
    let reached = false;
    for (let presses = 0; presses < 30 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Volver arriba');
    }
    expect(reached, '«Volver arriba» reached by Tab').toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(10 * 740);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await expect(toc(page).locator('summary')).toBeInViewport();
  });

  test('a folded note before the practice list shows its title, and the rest on request', async ({ page }) => {
    await page.goto('/buenas-practicas/');
    const note = page.locator('.report-note').first();
    await expect(note.locator('.callout__title')).toBeVisible();
    await expect(note.locator('.report-note__printed')).toBeHidden();
    await note.locator('summary').click();
    await expect(note.locator('.report-note__printed')).toBeVisible();
  });

  test('the practice filters fold under one line, as the manual filters do, and open by keyboard', async ({ page }) => {
    await page.goto('/buenas-practicas/');
    const filters = page.getByRole('navigation', { name: 'Filtrar buenas prácticas' });
    await expect(filters).toBeHidden();
    await page.locator('.filters-fold > summary').focus();
    await page.keyboard.press('Enter');
    await expect(filters.getByRole('link', { name: /^Gobernabilidad \(\d+\)$/ })).toBeVisible();
  });
});

test('on a wide screen «En esta página» is always open, and on paper neither it nor «Volver arriba» prints', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(GUIDE);
  const nav = toc(page);
  await expect(nav.getByRole('link', { name: 'Versión de 2 horas' })).toBeVisible();
  await expect(nav.locator('summary')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(nav).toBeHidden();
  await expect(page.getByRole('link', { name: 'Volver arriba' }).first()).toBeHidden();
});

/**
 * Every table region on the page: whether it overflows, whether it shows «Desliza para ver más →» and
 * an edge shadow, and its name and tab stop.
 */
async function tableRegions(page: Page) {
  return page.locator('.table-wrap').evaluateAll((regions) =>
    regions.map((region) => {
      const cue = getComputedStyle(region, '::before');
      return {
        name: region.getAttribute('aria-labelledby') ? document.getElementById(region.getAttribute('aria-labelledby')!)?.textContent?.trim().slice(0, 60) : region.getAttribute('aria-label'),
        role: region.getAttribute('role'),
        tabindex: region.getAttribute('tabindex'),
        overflows: region.scrollWidth > region.clientWidth,
        cue: cue.display !== 'none' && cue.content.includes('Desliza para ver más'),
        shadow: getComputedStyle(region).boxShadow !== 'none',
      };
    }),
  );
}

async function expectCueOnlyWhereTablesOverflow(page: Page, where: string) {
  const regions = await tableRegions(page);
  expect(regions.length, `table regions on ${where}`).toBeGreaterThan(0);
  for (const region of regions) {
    const label = `${where}, table «${region.name}»`;
    expect.soft(region.role, `${label}: a region`).toBe('region');
    expect.soft(region.tabindex, `${label}: reached by Tab`).toBe('0');
    expect.soft(region.name, `${label}: has a name`).toBeTruthy();
    expect.soft(region.cue, `${label}: «Desliza para ver más» ${region.overflows ? 'shown (it overflows)' : 'not shown (it fits)'}`).toBe(region.overflows);
    expect.soft(region.shadow, `${label}: edge shadow ${region.overflows ? 'shown' : 'not shown'}`).toBe(region.overflows);
  }
  return regions;
}

test.describe('tables on a 360 px phone', () => {
  test.use({ viewport: PHONE });

  test('/diagnostico/metodologia/: every table wider than the phone says it scrolls, and tables that fit do not', async ({ page }) => {
    await page.goto('/diagnostico/metodologia/');
    const regions = await expectCueOnlyWhereTablesOverflow(page, '/diagnostico/metodologia/');
    // The page has both kinds, so the test can tell them apart.
    expect(regions.some((r) => r.overflows) && regions.some((r) => !r.overflows)).toBe(true);
  });

  test('the results tables (one page each): every table wider than the phone says it scrolls, and tables that fit do not', async ({ page }) => {
    const regions: Awaited<ReturnType<typeof expectCueOnlyWhereTablesOverflow>> = [];
    for (const path of resultPages()) {
      await page.goto(path);
      // The project's goals (/resultados/metas-del-proyecto/) are a list of goals, not a table.
      if ((await page.locator('main table').count()) === 0) continue;
      regions.push(...(await expectCueOnlyWhereTablesOverflow(page, path)));
    }
    expect(regions.length, 'tables on the results table pages').toBeGreaterThan(15);
    // The tables have both kinds, so the test can tell them apart.
    expect(regions.some((r) => r.overflows) && regions.some((r) => !r.overflows)).toBe(true);
  });

  test('the diagnostic results: the score and comparison tables say when they scroll', async ({ page }) => {
    const pick = (d: number, i: number) => (d + i) % 3;
    await seedAssessments(page, [
      { municipio: 'Quito', asOf: '2025-03', pick },
      { municipio: 'Quito', asOf: '2026-03', pick: (d, i) => (d + i + 1) % 3 },
    ]);
    await openResults(page, 1);
    await expect(page.locator('#tabla-puntajes')).toBeAttached();
    const regions = await expectCueOnlyWhereTablesOverflow(page, 'the diagnostic results');
    expect(regions.length).toBeGreaterThanOrEqual(1);
  });

  test('the edge shadow follows the scroll: on the right edge at the start, on the left edge at the end', async ({ page }) => {
    // The first results table wider than the phone.
    let overflowing = -1;
    for (const path of resultPages()) {
      await page.goto(path);
      overflowing = await page.locator('.table-wrap').evaluateAll((all) => all.findIndex((r) => r.scrollWidth > r.clientWidth));
      if (overflowing >= 0) break;
    }
    expect(overflowing, 'a results table wider than the phone').toBeGreaterThanOrEqual(0);
    const wrap = page.locator('.table-wrap').nth(overflowing);
    await wrap.scrollIntoViewIfNeeded();
    const shadow = () => wrap.evaluate((r) => getComputedStyle(r).boxShadow);
    // A shadow whose colour is transparent is no shadow: the computed value keeps one while it fades.
    const RIGHT = 'rgba(0, 0, 0, 0.45) -14px 0px 12px -12px inset';
    const LEFT = 'rgba(0, 0, 0, 0.45) 14px 0px 12px -12px inset';
    expect(await shadow()).toContain(RIGHT);
    expect(await shadow()).not.toContain(LEFT);
    await wrap.evaluate((r) => r.scrollTo({ left: r.scrollWidth - r.clientWidth }));
    await expect.poll(shadow).toContain(LEFT);
    expect(await shadow()).not.toContain(RIGHT);
  });
});

test('the table rule (every page, in every-page.spec.ts) reads the tables of a results table page', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(PAGE_TYPES.resultTable);
  expect(await expectTablesFitOrScroll(page, PAGE_TYPES.resultTable)).toBeGreaterThan(0);
});

/**
 * The good-practice catalogue's filters without JavaScript, and the results dashboard: every chart
 * draws, every table is there, every download parses and equals its table (its JavaScript budget is
 * in budgets.spec.ts).
 */
import { test, expect } from '@playwright/test';
import { parseCsv, parseCsvNumber } from '../../src/lib/csv.ts';
import { PAGE_TYPES, resultPages } from './site.ts';

/** "4.391" → 4391; "59,93 %" → 59.93; "9 GAD" → 9; "sin dato" → null. */
function figureOf(text: string): number | null {
  const clean = text.trim();
  if (clean === 'sin dato') return null;
  return Number(clean.replace(/\s.*$/, '').replaceAll('.', '').replace(',', '.'));
}

test.describe('good-practice catalogue without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('eje, zona and municipio filters combine, and every count equals what its page shows', async ({ page }) => {
    await page.goto(PAGE_TYPES.practiceList);
    const cards = page.locator('.practice-list > li');
    await expect(cards).toHaveCount(28);
    const filters = page.getByRole('navigation', { name: 'Filtrar buenas prácticas' });
    await filters.getByRole('link', { name: 'Gobernabilidad (9)' }).click();
    await expect(cards).toHaveCount(9);
    await filters.getByRole('link', { name: 'El Oro (3)' }).click();
    await expect(page).toHaveURL(/\/buenas-practicas\/filtro\/gobernabilidad\/el-oro\/$/);
    await expect(cards).toHaveCount(3);
    await expect(page.locator('.result-count')).toContainText('3 buenas prácticas · Gobernabilidad · Zona El Oro');
    await filters.getByRole('link', { name: 'Machala (1)' }).click();
    await expect(cards).toHaveCount(1);
    await expect(filters.getByRole('link', { name: 'Zona El Oro' }).or(filters.getByRole('link', { name: 'El Oro (3)' }))).toHaveAttribute('aria-current', 'page');

    // Every option on a filter page leads to a page listing exactly the count it announces.
    await page.goto(PAGE_TYPES.practiceFilter);
    const options = await filters.getByRole('link').evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href')!, count: Number(a.textContent!.match(/\((\d+)\)/)![1]) })),
    );
    expect(options.length).toBeGreaterThanOrEqual(10);
    for (const option of options) {
      await page.goto(option.href);
      await expect(cards, option.href).toHaveCount(option.count);
    }
  });

  test('a practice page shows what the report printed where its table is inconsistent', async ({ page }) => {
    await page.goto('/buenas-practicas/huaquillas-capacitacion-a-periodistas/');
    await expect(page.locator('.facts')).toContainText('Sensibilización e incidencia');
    await expect(page.locator('.facts')).toContainText('La tabla del informe la imprime bajo el eje «Gobernabilidad»');
    await expect(page.locator('.facts').getByRole('link', { name: 'ver nota' })).toHaveAttribute('href', '/notas-sobre-el-informe/#tabla-de-buenas-practicas-rotulos');
  });
});

test.describe('results: /resultados/ lists every table, each on its own page', () => {
  test('/resultados/ links to every table\'s page, keeping the table\'s old anchor for bookmarks', async ({ page }) => {
    const pages = resultPages();
    expect(pages.length).toBeGreaterThanOrEqual(15);
    await page.goto(PAGE_TYPES.results);
    const links = await page.locator('main li[id^="resultado-"] > a').evaluateAll((anchors) =>
      anchors.map((a) => ({ id: a.parentElement!.id, href: a.getAttribute('href') })),
    );
    expect(links.map((link) => link.href).sort()).toEqual([...pages].sort());
    for (const { id, href } of links) expect(href, id).toBe(`/resultados/${id.replace(/^resultado-/, '')}/`);
    // An old link to a table on the one-page dashboard lands on its entry, which leads to the table's page.
    await page.goto('/resultados/#resultado-ocupacion-plena');
    await expect(page.locator('#resultado-ocupacion-plena')).toBeInViewport();
    await page.locator('#resultado-ocupacion-plena').getByRole('link').click();
    await expect(page).toHaveURL(/\/resultados\/ocupacion-plena\/$/);
    await expect(page.locator('main table')).toHaveCount(1);
  });

  test('each chart draws a canvas beside its table', async ({ page }) => {
    let charts = 0;
    for (const path of resultPages()) {
      await page.goto(path);
      const section = page.locator('section.result');
      await expect(section, path).toHaveCount(1);
      await expect(section.locator('table, .goal-list'), path).toHaveCount(1);
      const box = section.locator('.chart-box');
      if ((await box.count()) === 0) continue;
      charts++;
      await box.scrollIntoViewIfNeeded();
      await expect(box.locator('.chart-box__pending'), path).toHaveCount(0);
      const size = await box.locator('canvas').evaluate((canvas: HTMLCanvasElement) => canvas.width * canvas.height);
      expect(size, path).toBeGreaterThan(0);
    }
    expect(charts).toBeGreaterThanOrEqual(8);
  });

  test('every table downloads as CSV and JSON that parse and equal the table on the page', async ({ page, request }) => {
    for (const path of resultPages()) {
      await page.goto(path);
      const section = page.locator('section.result');
      await expect(section, path).toHaveCount(1);
      const csvHref = await section.getByRole('link', { name: /^CSV/ }).getAttribute('href');
      const jsonHref = await section.getByRole('link', { name: /^JSON/ }).getAttribute('href');
      const csvResponse = await request.get(csvHref!);
      expect(csvResponse.ok(), csvHref!).toBe(true);
      const csvText = await csvResponse.text();
      expect(csvText.startsWith('\uFEFF'), `${csvHref} BOM`).toBe(true);
      const json = await (await request.get(jsonHref!)).json();
      const csvRows = parseCsv(csvText);
      expect(csvRows[0].slice(1, 1 + json.columnas.length)).toEqual(json.columnas);

      const isGoals = (await section.locator('.goal-list').count()) > 0;
      const shown: (number | null)[][] = isGoals
        ? // A goal card: the target and the report's figure, each a <data> element (none where the report gives no figure).
          await section.locator('.goal').evaluateAll((goals) =>
            goals.map((g) => [...g.querySelectorAll('.goal__figures > div')].slice(0, 2).map((div) => {
              const figure = div.querySelector('dd data');
              return figure ? Number(figure.getAttribute('value')) : null;
            })),
          )
        : await section.locator('tbody tr, tfoot tr').evaluateAll((rows) => rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!)))
            .then((rows) => rows.map((row) => row.map(figureOf)));
      const jsonRows = [...json.filas, ...(json.total ? [json.total] : [])].map((row: any) => json.columnas.map((c: string) => row.valores[c]));
      expect(jsonRows, `${jsonHref} equals the table`).toEqual(shown);
      const csvFigures = csvRows.slice(1, 1 + shown.length).map((row) => row.slice(1, 1 + json.columnas.length).map(parseCsvNumber));
      expect(csvFigures, `${csvHref} equals the table`).toEqual(shown);
    }
  });

  test('goals show the report\'s figure at its date and the share of the goal, never a verdict', async ({ page }) => {
    await page.goto('/resultados/metas-del-proyecto/');
    const goals = page.locator('.goal-list .goal');
    await expect(goals).toHaveCount(6);
    await expect(page.locator('.goal-list')).not.toContainText(/cumplida|faltan?\b/i);
    const participants = goals.filter({ hasText: 'emprendimiento y empleo' });
    await expect(participants.locator('dd').nth(1)).toHaveText('2.965 personas al cierre de marzo de 2023');
    await expect(participants.locator('dd').nth(2)).toHaveText('99 % (2.965 de 3.000)');
    // Capitals are not persons: shown with their own unit, and no share of a goal counted in persons.
    const capital = goals.filter({ hasText: 'acceden a capital de fortalecimiento' });
    await expect(capital.locator('dd').nth(1)).toHaveText('1.002 capitales al cierre de marzo de 2023');
    await expect(capital.locator('dd').nth(2)).toHaveText('No se puede calcular: la cifra cuenta capitales y la meta cuenta personas.');
    // Where the report gives more than one answer, each place is quoted with its section.
    const gender = goals.filter({ hasText: 'igualdad de género' });
    await expect(gender.locator('dd').nth(1)).toHaveText('El informe no da una sola cifra. Abajo está lo que imprime en cada sección.');
    await expect(gender.locator('.goal__passages li')).toHaveCount(4);
    await expect(gender.locator('.goal__passages')).toContainText('«a técnicos de los 9 GADM»');
    await expect(gender.locator('.goal__passages')).toContainText('tiene filas para 8 GAD. No tiene fila para Quito. (sección 3.1.2)');
  });

  test('without JavaScript every table is there and says where the figures come from', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    let charts = 0;
    for (const path of resultPages()) {
      await page.goto(path);
      const section = page.locator('section.result');
      await expect(section.locator('table, .goal-list'), path).toHaveCount(1);
      await expect(section.locator('.source', { hasText: 'Fuente:' }), path).toContainText('Informe de Resultados Integra 2021-2023 (T1), sección');
      if ((await section.locator('.chart-box').count()) === 0) continue;
      charts++;
      await expect(section.locator('.chart-box__pending'), path).toContainText('Las mismas cifras están en la tabla');
    }
    expect(charts).toBeGreaterThanOrEqual(8);
    await context.close();
  });
});

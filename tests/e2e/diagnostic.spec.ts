/**
 * The GAD diagnostic in the real built page: answered by keyboard, resumed after a reload, scored,
 * exported and re-imported in a fresh browser profile, shared by link, compared, printed; bad input
 * refused with nothing changed; axe in every state; no request leaves the origin or carries answers.
 */
import { test, expect } from '@playwright/test';
import { pdfPageTexts, printedMainEnding, squeezed } from '../support/pdf.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  ANSWER_LABELS,
  answerAll,
  answerDimension,
  createAssessment,
  expectNoAxeViolations,
  freshPage,
  indicatorCount,
  instrument,
  KEY,
  NA,
  NA_REASON,
  openResults,
  PAGE,
  scoreCells,
  seedAssessments,
  watchRequests,
} from './diagnostic-steps.ts';

test.describe('GAD diagnostic', () => {
  // Answering 60 questions by hand, on a two-core machine that may be running other tests.
  test.slow();
  test('a GET answers every question by keyboard only, and the answers survive a reload', async ({ page, baseURL }) => {
    const bad = watchRequests(page, new URL(baseURL!).origin);
    await page.goto(PAGE);
    await expectNoAxeViolations(page, 'empty list');
    // Keyboard from the municipio field on: select, Tab to the name and team fields, Enter on "Empezar".
    await page.getByLabel('Municipio', { exact: true }).focus();
    await page.keyboard.press('ArrowDown'); // Ambato, the first municipio
    await page.keyboard.press('Tab');
    await page.keyboard.type('Prueba por teclado');
    await page.keyboard.press('Tab');
    await page.keyboard.type('GET de prueba');
    // The month field (this month by default): its parts take a Tab each.
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Situación que describe (mes y año)')).toBeFocused();
    for (let step = 0; step < 4 && !(await page.getByRole('button', { name: 'Empezar', exact: true }).evaluate((e) => e === document.activeElement)); step++) {
      await page.keyboard.press('Tab');
    }
    await expect(page.getByRole('button', { name: 'Empezar', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`Dimensión 1 de ${instrument.dimensions.length}`) })).toBeFocused();
    await expectNoAxeViolations(page, 'questionnaire');

    for (let d = 0; d < instrument.dimensions.length; d++) {
      const count = instrument.dimensions[d].indicators.length;
      // From the dimension heading: Tab reaches the first question's radios.
      await page.keyboard.press('Tab');
      for (let i = 0; i < count; i++) {
        // Arrow keys in a radio group select: Completo is two steps right of No.
        await expect(page.locator('fieldset.diagnostic__indicator').nth(i).getByRole('radio', { name: 'No', exact: true })).toBeFocused();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Tab'); // "Medios de verificación"
        await page.keyboard.press('Tab'); // the evidence note
        if (i === 0) await page.keyboard.type('Acta 12/2026; ver «anexo» ✓');
        await page.keyboard.press('Tab'); // next question, or the pager
      }
      const next = d < instrument.dimensions.length - 1 ? 'Siguiente dimensión' : 'Ver resultados';
      if (d > 0) await page.keyboard.press('Tab'); // past "Dimensión anterior"
      await expect(page.locator('.diagnostic__pager').getByRole('button', { name: next })).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Resultados: Prueba por teclado' })).toBeFocused();
    await expect(page.locator('.diagnostic__overall')).toContainText('100 de 100');
    await expect(page.locator('.diagnostic__overall')).toContainText('Consolidado');
    expect(await scoreCells(page)).toEqual(Array(instrument.dimensions.length).fill('100'));

    await page.reload();
    await page.getByRole('button', { name: 'Continuar «Prueba por teclado»' }).click();
    await expect(page.getByLabel('Nota de evidencia (opcional)').first()).toHaveValue('Acta 12/2026; ver «anexo» ✓');
    await expect(page.locator('.diagnostic__progress label')).toHaveText(`${indicatorCount} de ${indicatorCount} preguntas respondidas`);
    expect(bad).toEqual([]);
  });

  test('results show scores, radar, table, strengths and gaps, and a plan ordered by impact; export and re-import in a fresh profile', async ({ page, browser, baseURL }) => {
    const bad = watchRequests(page, new URL(baseURL!).origin);
    await page.goto(PAGE);
    await createAssessment(page, 'Latacunga', 'Equipo GET');
    // Dimension 1 all "No"; dimension 2 "No aplica" where the instrument allows it, else "Completo";
    // the rest "Parcial", except the first question of each "Completo".
    const allowsNa = (d: number, i: number) => instrument.dimensions[d].indicators[i].notApplicable !== undefined;
    const naInDimension2 = instrument.dimensions[1].indicators.filter((_, i) => allowsNa(1, i)).length;
    expect(naInDimension2, 'dimension 2 has an indicator that allows «No aplica»').toBeGreaterThan(0);
    await answerAll(page, (d, i) => (d === 0 ? 0 : d === 1 ? (allowsNa(1, i) ? NA : 2) : i === 0 ? 2 : 1));
    const scores = await scoreCells(page);
    expect(scores[0]).toBe('0');
    expect(scores[1]).toBe('100');
    for (const score of scores.slice(2)) expect(Number(score.replace(',', '.'))).toBeGreaterThan(50);
    // «No aplica» is counted apart from answered, and its reason is listed.
    const row2 = page.locator('#tabla-puntajes').locator('xpath=ancestor::table').locator('tbody tr').nth(1);
    await expect(row2.locator('td').nth(2)).toHaveText(`${instrument.dimensions[1].indicators.length - naInDimension2} de ${instrument.dimensions[1].indicators.length}`);
    await expect(row2.locator('td').nth(3)).toHaveText(String(naInDimension2));
    await expect(page.locator('#no-aplica').locator('xpath=..')).toContainText(NA_REASON);
    await expect(page.locator('.diagnostic__radar canvas')).toHaveAttribute('role', 'img');
    expect(await page.locator('.diagnostic__radar canvas').evaluate((c: HTMLCanvasElement) => c.width * c.height)).toBeGreaterThan(0);
    await expect(page.locator('#por-donde-empezar').locator('xpath=..').locator('li').first()).toContainText(instrument.dimensions[0].title);
    // The plan: every "No" and "Parcial", in phases, the first a high-priority action that waits for no other.
    const planItems = page.locator('.diagnostic__plan > li');
    const expectedGaps = instrument.dimensions.reduce((sum, d, index) => sum + (index === 1 ? 0 : index === 0 ? d.indicators.length : d.indicators.length - 1), 0);
    await expect(page.locator('.diagnostic__phase h4').first()).toContainText('Primeros 3 meses');
    await expect(planItems).toHaveCount(expectedGaps);
    await expect(planItems.first()).toContainText('Prioridad alta');
    await expect(planItems.first().locator('a').first()).toHaveAttribute('href', /^\//);
    await expectNoAxeViolations(page, 'results');

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Descargar JSON (para importar)' }).click();
    const json = await (await downloadPromise).path();
    const csvPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Descargar CSV (hoja de cálculo)' }).click();
    const csv = readFileSync(await (await csvPromise).path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toContain(';');
    expect(csv).toContain(';0,5;');

    const fresh = await freshPage(browser, baseURL!);
    await fresh.goto(PAGE);
    // As a reader imports: the «Elegir un archivo» button opens the file dialog, named by the text above it.
    const chooseFile = fresh.getByRole('button', { name: 'Elegir un archivo', exact: true });
    await expect(chooseFile).toHaveAccessibleDescription('Importar un archivo JSON exportado desde esta herramienta');
    const chooser = fresh.waitForEvent('filechooser');
    await chooseFile.click();
    expect((await chooser).isMultiple()).toBe(false);
    await (await chooser).setFiles(json);
    await expect(fresh.getByRole('status').filter({ hasText: 'Se importó «Latacunga' })).toBeVisible();
    await fresh.getByRole('button', { name: 'Ver resultados' }).click();
    expect(await scoreCells(fresh)).toEqual(scores);
    await fresh.context().close();
    expect(bad).toEqual([]);
  });

  test('a share link opens in a fresh profile and imports as a new assessment; a cut link is refused', async ({ page, browser, baseURL }) => {
    await page.goto(PAGE);
    await createAssessment(page, 'Machala');
    await answerAll(page, (d, i) => (i + d) % 3);
    const scores = await scoreCells(page);
    await page.getByRole('button', { name: 'Crear enlace para compartir' }).click();
    const link = await page.getByLabel(/Enlace para compartir/).inputValue();
    expect(new URL(link).hash).toMatch(/^#compartir=1\./);
    test.info().annotations.push({ type: 'share link', description: `${link.length} characters for ${indicatorCount} answered indicators` });
    expect(link.length).toBeLessThan(600);

    const fresh = await freshPage(browser, baseURL!);
    const bad = watchRequests(fresh, new URL(baseURL!).origin);
    await fresh.goto(link);
    await expect(fresh.getByRole('heading', { name: 'Enlace con un autodiagnóstico' })).toBeVisible();
    await expect(fresh.locator('.diagnostic__share-offer')).toContainText(`${indicatorCount} de ${indicatorCount}`);
    await expectNoAxeViolations(fresh, 'share offer');
    await fresh.getByRole('button', { name: 'Importar como autodiagnóstico nuevo' }).click();
    expect(new URL(fresh.url()).hash).toBe('');
    await fresh.getByRole('button', { name: 'Ver resultados' }).click();
    expect(await scoreCells(fresh)).toEqual(scores);
    expect(bad).toEqual([]);

    // The same link cut short: a clear message, nothing imported.
    await fresh.goto(link.slice(0, -12));
    await fresh.reload();
    await expect(fresh.getByRole('alert')).toContainText('El enlace está incompleto o dañado');
    await expect(fresh.locator('.diagnostic__item')).toHaveCount(1);
    await fresh.context().close();
  });

  test('bad imports get a clear message and change nothing', async ({ page }) => {
    await page.goto(PAGE);
    await createAssessment(page, 'Quito');
    await answerDimension(page, () => 2);
    await page.getByRole('button', { name: 'Mis autodiagnósticos' }).click();
    const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
    const input = page.getByLabel('Importar un archivo JSON exportado desde esta herramienta');
    const cases: [string, string | Buffer, RegExp][] = [
      ['malformed.json', '{"format": "integra-autodiagnostico", ', /no es un JSON válido/],
      ['otra-herramienta.json', JSON.stringify({ name: 'x', answers: {} }), /no es un autodiagnóstico exportado desde este portal/],
      ['version-nueva.json', JSON.stringify({ format: 'integra-autodiagnostico', formatVersion: 1, instrumentVersion: 99, assessment: {} }), /versión más nueva del instrumento/],
      ['enorme.json', Buffer.alloc(1_200_000, 32), /máximo permitido es 1 MB/],
    ];
    for (const [name, content, message] of cases) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      const alert = page.getByRole('alert');
      await expect(alert, name).toContainText(message);
      await expect(alert, name).toContainText('No se cambió nada');
      await expectNoAxeViolations(page, `import error ${name}`);
      expect(await page.evaluate((key) => localStorage.getItem(key), KEY), name).toBe(before);
      await expect(page.locator('.diagnostic__item')).toHaveCount(1);
      await page.getByRole('button', { name: 'Cerrar aviso' }).click();
    }
  });

  test('corrupt saved data: the tool starts cleanly, keeps a backup and says so; blocked storage: it still works', async ({ page, browser, baseURL }) => {
    // Written from another page of the site, so the tool reads it on its first load.
    await page.goto('/glosario/');
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"assessments":[{"id":'), KEY);
    await page.goto(PAGE);
    await expect(page.getByRole('alert')).toContainText('Se guardó una copia de respaldo');
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('integra:diagnostico:respaldo:')));
    expect(backups).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), backups[0])).toBe('{"version":1,"assessments":[{"id":');
    await createAssessment(page, 'Durán');
    await answerDimension(page, () => 1);

    const blocked = await freshPage(browser, baseURL!);
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    });
    await blocked.goto(PAGE);
    await expect(blocked.getByRole('alert')).toContainText('su avance no se guardará');
    await createAssessment(blocked, 'Milagro');
    await answerDimension(blocked, () => 2);
    await blocked.locator('.diagnostic__pager').getByRole('button', { name: 'Siguiente dimensión' }).click();
    await expect(blocked.locator('.diagnostic__progress label')).toContainText(`${instrument.dimensions[0].indicators.length} de`);
    await blocked.context().close();
  });

  test('damaged data is backed up once, however often the page is opened, and never written over when no copy can be kept', async ({ page, browser, baseURL }) => {
    const damaged = '{"version":1,"assessments":[{"id":"roto"}],"currentId":null}';
    await page.goto('/glosario/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, damaged]);
    for (let visit = 0; visit < 3; visit++) {
      await page.goto(PAGE);
      await expect(page.getByRole('alert')).toContainText('Se guardó una copia de respaldo');
    }
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('integra:diagnostico:respaldo:')));
    expect(backups).toHaveLength(1);

    // Storage full: the backup cannot be written, so the page says so and saves nothing over the original.
    const full = await freshPage(browser, baseURL!);
    await full.goto('/glosario/');
    await full.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, damaged]);
    // Only the large copy does not fit: the page could still save over the original, and must not.
    await full.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('integra:diagnostico:respaldo:')) throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await full.goto(PAGE);
    await expect(full.getByRole('alert')).toContainText('no hay espacio para guardar una copia de respaldo');
    await createAssessment(full, 'Machala');
    await answerDimension(full, () => 1);
    expect(await full.evaluate((key) => localStorage.getItem(key), KEY)).toBe(damaged);
    await full.context().close();
  });

  test('compare two assessments: change per dimension in a table and both on the radar', async ({ page }) => {
    await seedAssessments(page, [
      { municipio: 'Santa Rosa', asOf: '2025-06', pick: () => 0 },
      { municipio: 'Santa Rosa', asOf: '2026-06', pick: (d) => (d === 0 ? 2 : 0) },
    ]);
    await openResults(page, 1);
    await page.getByLabel('Comparar con', { exact: true }).selectOption({ index: 1 });
    const table = page.locator('#tabla-comparacion').locator('xpath=ancestor::table');
    await expect(table.locator('tbody tr').first().locator('td')).toHaveText(['0', '100', '+100']);
    await expect(table.locator('tbody tr').nth(1).locator('td')).toHaveText(['0', '0', 'sin cambio']);
    await expectNoAxeViolations(page, 'comparison');
  });

  test('a comparison always runs from the earlier situation to the later, whichever is open', async ({ page }) => {
    // Listed second, but it describes a year earlier.
    await seedAssessments(page, [
      { municipio: 'Milagro', asOf: '2026-06', pick: () => 0 },
      { municipio: 'Milagro', asOf: '2025-06', pick: () => 2 },
    ]);
    await openResults(page, 1);
    await expect(page.locator('.diagnostic__facts')).toContainText('junio de 2025');
    await page.getByLabel('Comparar con', { exact: true }).selectOption({ index: 1 });
    const table = page.locator('#tabla-comparacion').locator('xpath=ancestor::table');
    await expect(table.locator('caption')).toContainText(/de «Milagro - [^»]+» \(situación a junio de 2025\) a «Milagro - [^»]+» \(situación a junio de 2026\)/);
    await expect(table.locator('tbody tr').first().locator('td')).toHaveText(['100', '0', '−100']);
  });

  test('the GET picks up to five actions for the council, with responsible area, month, cost and status, kept after a reload and in the JSON file', async ({ page, browser, baseURL }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await seedAssessments(page, [{ municipio: 'Huaquillas', asOf: '2026-06', team: 'Ana Pérez (Desarrollo Social), Luis Mora (Planificación)', pick: () => 0 }]);
    await openResults(page, 0);
    const picks = page.getByRole('checkbox', { name: 'Pedir al concejo que apruebe esta acción' });
    // The plan's first five are chosen until the GET changes it; a sixth is disabled and says why.
    await expect(picks.nth(0)).toBeChecked();
    await expect(picks.nth(4)).toBeChecked();
    await expect(picks.nth(5)).not.toBeChecked();
    await expect(picks.nth(5)).toBeDisabled();
    await expect(page.locator('.diagnostic__council').nth(5)).toContainText('Ya eligió 5: quite otra para elegir esta.');
    await picks.nth(1).uncheck();
    await picks.nth(5).check();
    await expect(picks.nth(5)).toBeChecked();
    const first = page.locator('.diagnostic__council-details').first();
    await first.getByLabel('Área responsable').fill('Dirección de Desarrollo Social');
    await first.getByLabel('Fecha prevista (mes y año)').fill('2026-09');
    await first.getByLabel('Costo estimado o partida presupuestaria').fill('Partida 73.06.01');
    await first.getByLabel('Estado').selectOption({ label: 'En curso' });
    await expectNoAxeViolations(page, 'council choices');

    await page.reload();
    await page.getByRole('button', { name: /^Continuar «Huaquillas/ }).click();
    await page.locator('.diagnostic__bar').getByRole('button', { name: 'Ver resultados' }).click();
    await expect(picks.nth(1)).not.toBeChecked();
    await expect(picks.nth(5)).toBeChecked();
    const kept = page.locator('.diagnostic__council-details').first();
    await expect(kept.getByLabel('Área responsable')).toHaveValue('Dirección de Desarrollo Social');
    await expect(kept.getByLabel('Fecha prevista (mes y año)')).toHaveValue('2026-09');
    await expect(kept.getByLabel('Estado')).toHaveValue('en-curso');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Descargar JSON (para importar)' }).click();
    const json = await (await download).path();
    const data = JSON.parse(readFileSync(json, 'utf8'));
    expect(data.assessment.council).toHaveLength(5);
    expect(data.assessment.council[0]).toMatchObject({ responsible: 'Dirección de Desarrollo Social', due: '2026-09', cost: 'Partida 73.06.01', status: 'en-curso' });
    const fresh = await freshPage(browser, baseURL!);
    await fresh.goto(PAGE);
    await fresh.getByLabel('Importar un archivo JSON exportado desde esta herramienta').setInputFiles(json);
    await fresh.getByRole('button', { name: 'Ver resultados' }).click();
    await expect(fresh.locator('.diagnostic__council-details').first().getByLabel('Costo estimado o partida presupuestaria')).toHaveValue('Partida 73.06.01');
    await fresh.context().close();
  });

  test('delete asks first and can be undone; rename and duplicate', async ({ page }) => {
    await page.goto(PAGE);
    await createAssessment(page, 'Huaquillas');
    await page.getByRole('button', { name: 'Mis autodiagnósticos' }).click();
    await page.getByRole('button', { name: 'Cambiar nombre' }).click();
    await page.getByLabel('Nuevo nombre').fill('Huaquillas - línea de base');
    await page.getByRole('button', { name: 'Guardar nombre' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Huaquillas - línea de base' })).toBeVisible();
    await page.getByRole('button', { name: 'Eliminar' }).click();
    await expectNoAxeViolations(page, 'delete confirmation');
    await page.getByRole('button', { name: 'Sí, eliminar' }).click();
    await expect(page.locator('.diagnostic__item')).toHaveCount(0);
    await page.getByRole('button', { name: 'Deshacer' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Huaquillas - línea de base' })).toBeVisible();
    await page.reload();
    await expect(page.locator('.diagnostic__item')).toHaveCount(1);
  });

  test('«No aplica» is offered only where the instrument allows it, with its condition, and counts only with a reason', async ({ page }) => {
    await page.goto(PAGE);
    await createAssessment(page, 'Durán');
    const fieldsets = page.locator('fieldset.diagnostic__indicator');
    // Dimension 1 allows it nowhere: three answers per question.
    await expect(fieldsets.first().getByRole('radio')).toHaveCount(3);
    const [d, i] = instrument.dimensions.flatMap((dimension, dIndex) => dimension.indicators.map((indicator, iIndex) => [dIndex, iIndex, indicator] as const)).find(([, , indicator]) => indicator.notApplicable)!;
    await page.getByRole('navigation', { name: 'Dimensiones del autodiagnóstico' }).getByRole('button').nth(d).click();
    const question = fieldsets.nth(i);
    await expect(question.getByRole('radio')).toHaveCount(4);
    await expect(question).toContainText(`«No aplica» solo si: ${instrument.dimensions[d].indicators[i].notApplicable}`);
    const before = await page.locator('label[for="avance"]').textContent();
    await question.getByRole('radio', { name: 'No aplica', exact: true }).check();
    const reason = question.getByLabel('Por qué no aplica (obligatorio)');
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(question).toContainText('sin él, la pregunta cuenta como sin responder');
    await expect(page.locator('label[for="avance"]')).toHaveText(before!);
    await expectNoAxeViolations(page, 'No aplica without reason');
    await reason.fill(NA_REASON);
    await expect(reason).toHaveAttribute('aria-invalid', 'false');
    await expect(page.locator('label[for="avance"]')).toHaveText(/^1 de \d+ preguntas respondidas$/);
    // Kept with the answer across a reload.
    await page.reload();
    await page.getByRole('button', { name: /^Continuar «Durán/ }).click();
    await page.getByRole('navigation', { name: 'Dimensiones del autodiagnóstico' }).getByRole('button').nth(d).click();
    await expect(page.locator('fieldset.diagnostic__indicator').nth(i).getByLabel('Por qué no aplica (obligatorio)')).toHaveValue(NA_REASON);
  });

  test('the council report is two A4 pages (header, self-assessment line with the methodology and its QR code, scores with the change, five actions, decisions, signatures), then the annex with every resource\'s address', async ({ page }) => {
    test.setTimeout(120_000);
    const team = 'Ana Pérez (Desarrollo Social), Luis Mora (Planificación), Rosa Chicaiza (Comunicación), Pedro Guamán (Patronato)';
    await seedAssessments(page, [
      { municipio: 'Ambato', team, asOf: '2025-06', pick: () => 0 },
      { municipio: 'Ambato', team, asOf: '2026-06', pick: (d, i) => (d + i) % 3 },
    ]);
    await openResults(page, 1);
    // Five actions with long details: the worst case the two pages must hold.
    const details = page.locator('.diagnostic__council-details');
    await expect(details).toHaveCount(5);
    const titles: string[] = [];
    for (let i = 0; i < 5; i++) {
      titles.push((await details.nth(i).locator('legend').innerText()).replace(/^Para el concejo: «(.*)»$/, '$1'));
      await details.nth(i).getByLabel('Área responsable').fill('Dirección de Desarrollo Económico y Productivo');
      await details.nth(i).getByLabel('Fecha prevista (mes y año)').fill('2026-10');
      await details.nth(i).getByLabel('Costo estimado o partida presupuestaria').fill('Partida 73.02.04, servicios generales (USD 2.500)');
    }
    // The share link carries the five actions and their details too.
    await page.getByRole('button', { name: 'Crear enlace para compartir' }).click();
    const link = await page.getByLabel(/Enlace para compartir/).inputValue();
    test.info().annotations.push({ type: 'share link', description: `${link.length} characters with ${indicatorCount} answers and 5 council actions filled in` });
    expect(link.length).toBeLessThan(1000);
    await expect.poll(() => page.locator('.council-report__origin img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.diagnostic__bar', '.diagnostic__council']) {
      await expect(page.locator(chrome).first(), `${chrome} on paper`).toBeHidden();
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: test.info().outputPath('informe-concejo.pdf') });
    const texts = await pdfPageTexts(pdf);
    const annex = texts.findIndex((text) => text.includes('Anexo: resultados completos'));
    test.info().annotations.push({ type: 'council report', description: `report ${annex} A4 pages, annex ${texts.length - annex} pages` });
    expect(annex, 'the annex starts on page 3').toBe(2);
    // Compared without spaces or case (the report's eyebrow is set in capitals).
    const flat = (text: string) => squeezed(text).toLocaleLowerCase('es');
    const [first, second] = texts.map(flat);
    for (const expected of ['Informe para el concejo municipal', 'Ambato', 'junio de 2026', team, 'autoevaluación', `${new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).host}/diagnostico/metodologia/`, 'Cambio desde la situación a junio de 2025', 'Con evidencia']) {
      expect(first, expected).toContain(flat(expected));
    }
    for (const expected of ['Acciones que se piden al concejo', ...titles, 'octubre de 2026', 'Decisiones que se solicitan', 'Aprobar las 5 acciones de la tabla', 'Secretaría del Concejo Municipal']) {
      expect(second, expected).toContain(flat(expected));
    }
    // The annex writes each resource's address out; the last page holds content, not site furniture.
    expect(squeezed(texts.slice(annex).join(''))).toContain('—/manuales/');
    // The annex has each dimension's distance to the next level (the report's first page has no room for it).
    expect(squeezed(texts.slice(annex).join(''))).toContain(squeezed('Cuánto falta para el nivel siguiente'));
    expect(squeezed(texts.at(-1)!)).toContain(await printedMainEnding(page));
  });

  test('a municipio page starts the diagnostic for that municipality', async ({ page }) => {
    await page.goto('/municipios/latacunga/');
    await page.getByRole('link', { name: 'Empezar el autodiagnóstico de Latacunga' }).click();
    await expect(page.getByLabel('Municipio', { exact: true })).toHaveValue('Latacunga');
    await expect(page.getByLabel('Nombre del autodiagnóstico')).toHaveAttribute('placeholder', /^Latacunga - /);
  });
});

test('when the questionnaire cannot load, the tool says so, keeps the new assessment and loads it on «Intentar de nuevo»', async ({ page }) => {
  // The questionnaire's texts come when it opens (/diagnostico/instrumento.json); here the first attempt fails.
  let offline = true;
  await page.route('**/diagnostico/instrumento.json', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(PAGE);
  await page.getByLabel('Municipio', { exact: true }).selectOption({ label: 'Quito' });
  await page.getByRole('button', { name: 'Empezar', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('No se pudo cargar el cuestionario');
  await expect(alert).toBeFocused();
  await expect(page.locator('fieldset.diagnostic__indicator')).toHaveCount(0);
  await expectNoAxeViolations(page, 'questionnaire failed to load');
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).assessments.map((a: { municipio: string }) => a.municipio), KEY)).toEqual(['Quito']);
  offline = false;
  await alert.getByRole('button', { name: 'Intentar de nuevo' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Dimensión 1 de/ })).toBeFocused();
  // The question's own words: the texts the first screen does not carry have arrived.
  const [first] = (parse(readFileSync('src/content/diagnostico/gestion-movilidad-humana.yaml', 'utf8')) as { dimensions: { indicators: { question: string }[] }[] }).dimensions[0].indicators;
  await expect(page.locator('fieldset.diagnostic__indicator').first()).toContainText(first.question);
});

test('without JavaScript the page leads to the whole questionnaire, readable and printable', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  // The page does not carry the questionnaire itself: the island's first line and the <noscript> note lead to its own page.
  await expect(page.getByRole('status')).toContainText('su navegador no ejecuta JavaScript');
  await expect(page.getByRole('status').getByRole('link', { name: 'cuestionario completo' })).toHaveAttribute('href', '/diagnostico/cuestionario/');
  await expect(page.locator('.diagnostic-paper')).toHaveCount(0);
  const note = page.locator('.diagnostic-nojs');
  await expect(note).toContainText('necesita JavaScript');
  await expect(note.getByRole('link', { name: 'hoja de respuestas' })).toHaveAttribute('href', '/diagnostico/hoja-de-respuestas/');
  await note.getByRole('link', { name: 'cuestionario completo' }).click();
  await expect(page).toHaveURL(/\/diagnostico\/cuestionario\/$/);
  await expect(page.locator('.diagnostic-paper__indicator')).toHaveCount(indicatorCount);
  // On paper too, «No aplica» only where the instrument allows it, with its condition.
  const indicators = instrument.dimensions.flatMap((d) => d.indicators);
  const boxes = page.locator('.diagnostic-paper__indicator').locator('.diagnostic-paper__boxes');
  for (const [index, indicator] of indicators.entries()) {
    await expect(boxes.nth(index).locator('.diagnostic-paper__box'), indicator.id).toHaveText(indicator.notApplicable ? ANSWER_LABELS : ANSWER_LABELS.slice(0, 3));
  }
  const withNa = indicators.findIndex((indicator) => indicator.notApplicable);
  await expect(page.locator('.diagnostic-paper__indicator').nth(withNa)).toContainText(`«No aplica» solo si: ${indicators[withNa].notApplicable}`);
  expect(await page.content()).not.toMatch(/<script[^>]+src=/);
  await context.close();
});

/**
 * The diagnostic on a 360 px phone: every notice lands where the person is looking (in the viewport,
 * focused), a received link's offer is the first thing seen, «Continuar» resumes at the first question
 * not done, a reload never lands on the footer, and sharing says what happened.
 */
import { test, expect, type Locator } from '@playwright/test';
import { answerAll, answerDimension, createAssessment, instrument, PAGE } from './diagnostic-steps.ts';

test.use({ viewport: { width: 360, height: 740 } });
// Some tests answer all 60 questions, on a two-core machine that may be running other tests.
test.slow();

/** The element's box is inside the visible part of the page. */
async function expectInViewport(locator: Locator, what: string) {
  await expect(locator, what).toBeVisible();
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      const height = await locator.page().evaluate(() => window.innerHeight);
      return box !== null && box.y > -2 && box.y < height - 40;
    }, { message: `${what} is in the viewport` })
    .toBe(true);
}

/** Three assessments, so the list is long; back on the list, scrolled to its end. */
async function listOfThree(page: import('@playwright/test').Page) {
  await page.goto(PAGE);
  for (const municipio of ['Ambato', 'Durán', 'Machala']) {
    await createAssessment(page, municipio);
    await page.getByRole('button', { name: 'Mis autodiagnósticos' }).click();
  }
  await expect(page.locator('.diagnostic__item')).toHaveCount(3);
}

test('deleting from the end of a long list: the notice with «Deshacer» is in view and focused', async ({ page }) => {
  await listOfThree(page);
  const last = page.locator('.diagnostic__item').last();
  await last.scrollIntoViewIfNeeded();
  await last.getByRole('button', { name: 'Eliminar' }).click();
  await last.getByRole('button', { name: 'Sí, eliminar' }).click();
  const notice = page.locator('.diagnostic__notice');
  await expect(notice).toContainText('Se eliminó');
  await expect(notice).toBeFocused();
  await expectInViewport(notice, 'the delete notice');
  await notice.getByRole('button', { name: 'Deshacer' }).click();
  await expect(page.locator('.diagnostic__item')).toHaveCount(3);
});

test('an import from the bottom of the list: its notice is in view and focused', async ({ page }) => {
  await listOfThree(page);
  // Where a reader is when choosing the file: at the «Elegir un archivo» button, the list's last item above it.
  await page.getByRole('button', { name: 'Elegir un archivo' }).scrollIntoViewIfNeeded();
  const input = page.getByLabel('Importar un archivo JSON exportado desde esta herramienta');
  await input.setInputFiles({ name: 'roto.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
  const notice = page.locator('.diagnostic__notice');
  await expect(notice).toContainText('no es un JSON válido');
  await expect(notice).toBeFocused();
  await expectInViewport(notice, 'the import notice');
});

test('«Continuar» resumes at the first question not answered yet, in view and focused', async ({ page }) => {
  await page.goto(PAGE);
  await createAssessment(page, 'Quito');
  await answerDimension(page, () => 2);
  await page.locator('.diagnostic__pager').getByRole('button', { name: 'Siguiente dimensión' }).click();
  // Two questions of dimension 2 answered; the third is where to resume.
  const questions = page.locator('fieldset.diagnostic__indicator');
  for (const i of [0, 1]) await questions.nth(i).getByRole('radio', { name: 'Parcial', exact: true }).check();
  await page.reload();
  // A reload starts at the top of the page, never on the footer.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.getByRole('button', { name: /^Continuar «Quito/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`Dimensión 2 de ${instrument.dimensions.length}`) })).toBeVisible();
  const third = page.locator('fieldset.diagnostic__indicator').nth(2);
  await expect(third.getByRole('radio').first()).toBeFocused();
  await expectInViewport(third.locator('legend'), 'the first question not answered');
});

test('a received link: its offer is the first thing on screen, focused', async ({ page, browser, baseURL }) => {
  await page.goto(PAGE);
  await createAssessment(page, 'Latacunga');
  await answerAll(page, (d, i) => (d + i) % 3);
  await page.getByRole('button', { name: 'Crear enlace para compartir' }).click();
  const link = await page.getByLabel(/Enlace para compartir/).inputValue();
  const fresh = await (await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, serviceWorkers: 'block' })).newPage();
  await fresh.goto(link);
  const heading = fresh.getByRole('heading', { name: 'Enlace con un autodiagnóstico' });
  await expect(heading).toBeFocused();
  await expectInViewport(heading, 'the share offer');
  expect((await heading.boundingBox())!.y).toBeLessThan(100);
  await fresh.context().close();
});

test('sharing: the phone’s share sheet where there is one, «Copiar enlace» beside it, and a visible confirmation', async ({ page }) => {
  // Chromium on Linux has no share sheet; the page is given one that records what it receives.
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, 'share', {
      value: async (data: unknown) => {
        (window as unknown as { shared: unknown[] }).shared.push(data);
      },
    });
  });
  await page.goto(PAGE);
  await createAssessment(page, 'Santa Rosa');
  await answerAll(page, () => 1);
  await page.getByRole('button', { name: 'Crear enlace para compartir' }).click();
  const link = await page.getByLabel(/Enlace para compartir/).inputValue();
  await page.getByRole('button', { name: 'Compartir…' }).click();
  const confirmation = page.locator('.diagnostic__confirmation');
  await expect(confirmation).toHaveText('Enlace enviado.');
  await expectInViewport(confirmation, 'the confirmation');
  expect(await page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared.map((data) => data.url))).toEqual([link]);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copiar enlace' }).click();
  await expect(confirmation).toHaveText(/^Enlace copiado\.|^No se pudo copiar/);
});

/**
 * The quiz island on a real module page, driven by keyboard like a participant without a mouse;
 * answers come from the quiz's own content file.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const MODULE = '/aprende-trabaja-emprende/bienvenida-y-screening/';
const QUIZ_ID = 'modulo-01-bienvenida-y-screening';
const KEY = `integra:quiz:${QUIZ_ID}`;

interface Question {
  id: string;
  type: 'single' | 'multiple' | 'truefalse';
  options: { id: string; correct: boolean }[];
}
const quiz = parse(readFileSync(`src/content/cuestionarios/${QUIZ_ID}.yaml`, 'utf8')) as {
  feedbackTiming: string;
  passMark: number;
  questions: Question[];
};

const correctIds = (q: Question) => q.options.filter((o) => o.correct).map((o) => o.id);
const wrongIds = (q: Question) => [q.options.find((o) => !o.correct)!.id];

async function openQuiz(page: Page) {
  await page.goto(MODULE);
  await page.locator('#autoevaluacion').scrollIntoViewIfNeeded();
  await expect(page.locator('.quiz__progress-label')).toHaveText(/^Pregunta \d+ de \d+$/);
  // Hydrated: the server-rendered first question's controls are enabled.
  await expect(page.locator('.quiz__pending')).toHaveCount(0);
}

async function expectNoAxeViolations(page: Page, state: string) {
  expect(await axeViolations(page, '.quiz'), `axe violations in state "${state}"`).toEqual([]);
}

/**
 * Selects `wanted` in the question on screen and checks it, with the keyboard only (Tab, arrows,
 * Space, Enter). Ends with the feedback shown and focus on the button that moves on.
 */
async function selectAndCheck(page: Page, wanted: string[]) {
  const inputs = page.locator('.quiz__question input');
  const values = await inputs.evaluateAll((elements) => elements.map((e) => (e as HTMLInputElement).value));
  const type = await inputs.first().getAttribute('type');
  await expect(page.locator('.quiz__question legend')).toBeFocused();
  await page.keyboard.press('Tab');
  if (type === 'radio') {
    const target = values.indexOf(wanted[0]);
    if (target === 0) await page.keyboard.press('Space');
    for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
  } else {
    for (const value of values) {
      if (wanted.includes(value)) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  }
  for (const value of wanted) await expect(page.locator(`.quiz__question input[value="${value}"]`)).toBeChecked();
  // From the second question on, "Pregunta anterior" comes first (re-reading earlier feedback).
  if ((await page.getByRole('button', { name: 'Pregunta anterior' }).count()) > 0) {
    await expect(page.getByRole('button', { name: 'Pregunta anterior' })).toBeFocused();
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('button', { name: 'Comprobar respuesta' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Siguiente pregunta|Terminar y ver resultados/ })).toBeFocused();
}

/** Answers the question on screen by keyboard and moves on. */
async function answerByKeyboard(page: Page, wanted: string[]) {
  await selectAndCheck(page, wanted);
  await page.keyboard.press('Enter');
}

async function startFromFirstQuestion(page: Page) {
  // Moving focus into the quiz the way a keyboard user would: the first question's legend.
  await page.locator('.quiz__question legend').focus();
}

test.describe('module quiz', () => {
  test.beforeEach(({}, testInfo) => {
    expect(quiz.feedbackTiming, `${QUIZ_ID} gives feedback after each answer`).toBe('inmediata');
    expect(quiz.questions.length, testInfo.title).toBeGreaterThanOrEqual(8);
  });

  test('is taken by keyboard only: fail, retry, pass, with feedback announced and 0 axe violations', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openQuiz(page);
    await expectNoAxeViolations(page, 'start');
    const live = page.locator('.quiz [aria-live="polite"]');

    await startFromFirstQuestion(page);
    for (const [index, question] of quiz.questions.entries()) {
      await expect(page.locator('.quiz__progress-label')).toHaveText(`Pregunta ${index + 1} de ${quiz.questions.length}`);
      if (index === 0) {
        // Check the first answer separately to see the feedback state and its announcement.
        await selectAndCheck(page, wrongIds(question));
        await expect(page.locator('.quiz__feedback')).toContainText('No es correcto');
        // The verdict and the explanation of the chosen option are announced.
        const chosen = question.options.find((o) => o.id === wrongIds(question)[0]) as unknown as { feedback: string };
        await expect(live).toContainText('No es correcto.');
        await expect(live).toContainText(chosen.feedback.slice(0, 40));
        await expectNoAxeViolations(page, 'answered');
        await page.keyboard.press('Enter');
        continue;
      }
      await answerByKeyboard(page, wrongIds(question));
    }
    const heading = page.getByRole('heading', { name: /^Tu resultado: 0 de/ });
    await expect(heading).toBeFocused();
    await expect(page.locator('.quiz__results')).toContainText('Aún no apruebas');
    await expect(live).toHaveText(/Resultado: 0 de \d+, 0 %\. Aún no apruebas\./);
  // Checking with no answer gives a hint that is announced (role="alert") — tested in the retry below.
    await expectNoAxeViolations(page, 'results');

    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Intentar de nuevo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.quiz__progress-label')).toHaveText(`Pregunta 1 de ${quiz.questions.length}`);
    await page.getByRole('button', { name: 'Comprobar respuesta' }).click();
    await expect(page.getByRole('alert')).toHaveText('Elige una respuesta antes de comprobar.');
    await startFromFirstQuestion(page);
    for (const question of quiz.questions) await answerByKeyboard(page, correctIds(question));
    await expect(page.getByRole('heading', { name: new RegExp(`^Tu resultado: ${quiz.questions.length} de`) })).toBeFocused();
    await expect(page.locator('.quiz__results')).toContainText('Aprobaste');
    await expect(page.locator('.quiz__results')).toContainText('Intento 2. Tu mejor resultado: 100 %');
    expect(errors).toEqual([]);

    // The course page shows the progress kept on this device.
    await page.goto('/aprende-trabaja-emprende/');
    const item = page.locator('.module-list li', { has: page.getByRole('link', { name: /Bienvenida/ }) });
    await expect(item.locator('.progress-badge')).toHaveText('Aprobado · mejor resultado 100 %');
    await expect(page.locator('[data-progress-summary]')).toHaveText(/1 de 12 módulos aprobados/);
  });

  test('a partly right multiple-answer question says so in one message, shown and announced, and again in the review', async ({ page }) => {
    const index = quiz.questions.findIndex((q) => q.type === 'multiple' && correctIds(q).length >= 2);
    expect(index, `${QUIZ_ID} has a multiple-answer question with two or more correct options`).toBeGreaterThanOrEqual(0);
    const question = quiz.questions[index];
    const right = correctIds(question);
    await openQuiz(page);
    await startFromFirstQuestion(page);
    for (const earlier of quiz.questions.slice(0, index)) await answerByKeyboard(page, correctIds(earlier));
    // One correct option and one that is not.
    await selectAndCheck(page, [right[0], wrongIds(question)[0]]);
    const summary = `En parte: elegiste 1 de las ${right.length} opciones correctas y 1 que no lo es.`;
    const feedback = page.locator('.quiz__feedback');
    await expect(feedback.locator('.quiz__verdict')).toHaveText(summary);
    await expect(feedback.locator('.quiz__feedback-heading')).toHaveText(['Elegiste bien:', 'No es correcta:', right.length > 2 ? 'También son correctas:' : 'También es correcta:']);
    // Never «No es correcto.» followed by «Correcto.» for each right option.
    await expect(feedback).not.toContainText(/Correcto\.|No es correcto/);
    const live = page.locator('.quiz [aria-live="polite"]');
    await expect(live).toContainText(summary);
    await expectNoAxeViolations(page, 'partly right');
    await page.keyboard.press('Enter');
    for (const later of quiz.questions.slice(index + 1)) await answerByKeyboard(page, correctIds(later));
    await expect(page.locator('.quiz__review .quiz__status').nth(index)).toHaveText(summary);
  });

  test('resumes where the participant left after a reload', async ({ page }) => {
    await openQuiz(page);
    await startFromFirstQuestion(page);
    await answerByKeyboard(page, correctIds(quiz.questions[0]));
    await answerByKeyboard(page, wrongIds(quiz.questions[1]));
    await expect(page.locator('.quiz__progress-label')).toHaveText(`Pregunta 3 de ${quiz.questions.length}`);
    await page.reload();
    await page.locator('#autoevaluacion').scrollIntoViewIfNeeded();
    await expect(page.locator('.quiz__progress-label')).toHaveText(`Pregunta 3 de ${quiz.questions.length}`);
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!);
    expect(saved.answers[quiz.questions[0].id]).toEqual(correctIds(quiz.questions[0]));
    expect(saved.checked).toEqual([quiz.questions[0].id, quiz.questions[1].id]);
  });

  test('discards corrupt saved state with a notice, keeps a copy, and does not crash', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(MODULE);
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"answers":"roto"'), KEY);
    await page.reload();
    await page.locator('#autoevaluacion').scrollIntoViewIfNeeded();
    await expect(page.getByRole('status').filter({ hasText: 'No pudimos leer tu avance guardado' })).toBeVisible();
    await expect(page.locator('.quiz__progress-label')).toHaveText(`Pregunta 1 de ${quiz.questions.length}`);
    expect(await page.evaluate((key) => localStorage.getItem(`${key}:respaldo`), KEY)).toBe('{"version":1,"answers":"roto"');
    await startFromFirstQuestion(page);
    await answerByKeyboard(page, correctIds(quiz.questions[0]));
    expect(errors).toEqual([]);

    // The course page reads the same storage and does not break on corrupt entries either.
    await page.evaluate(() => localStorage.setItem('integra:quiz:modulo-02-coaching-y-encuentro-de-oportunidades', 'no es json'));
    await page.goto('/aprende-trabaja-emprende/');
    await expect(page.locator('[data-progress-summary]')).toHaveText(/0 de 12 módulos aprobados/);
    expect(errors).toEqual([]);
  });
});

test.describe('storage that cannot keep progress', () => {
  test('blocked or full storage: the quiz works and says progress will not be kept', async ({ page, browser, baseURL }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    });
    await openQuiz(page);
    await expect(page.getByRole('status').filter({ hasText: 'no puede guardar tu avance' })).toBeVisible();
    await startFromFirstQuestion(page);
    await answerByKeyboard(page, correctIds(quiz.questions[0]));
    await expect(page.locator('.quiz__progress-label')).toHaveText(`Pregunta 2 de ${quiz.questions.length}`);

    const full = await (await browser.newContext({ baseURL, serviceWorkers: 'block' })).newPage();
    full.on('pageerror', (error) => errors.push(error.message));
    await full.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await openQuiz(full);
    await startFromFirstQuestion(full);
    await answerByKeyboard(full, correctIds(quiz.questions[0]));
    await expect(full.getByRole('status').filter({ hasText: 'no puede guardar tu avance' })).toBeVisible();
    await full.context().close();
    expect(errors).toEqual([]);
  });

  test('progress saved by a newer version of the portal is not called older, and is never written over', async ({ page }) => {
    const newer = '{"version":99,"quiz":"otro","answers":{}}';
    await page.goto(MODULE);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, newer]);
    await page.reload();
    await page.locator('#autoevaluacion').scrollIntoViewIfNeeded();
    const notice = page.getByRole('status').filter({ hasText: 'versión más reciente del portal' });
    await expect(notice).toBeVisible();
    await expect(notice).not.toContainText('anterior');
    await startFromFirstQuestion(page);
    await answerByKeyboard(page, correctIds(quiz.questions[0]));
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the module page links the quiz on paper, where every question can be read and printed in a fixed order', async ({ page }) => {
    await page.goto(MODULE);
    // No questions, props or island code in the module page: a link to the paper version instead.
    await expect(page.locator('.quiz__question')).toHaveCount(0);
    await expect(page.locator('.quiz-start__paper').getByRole('link', { name: 'Ver todas las preguntas juntas' })).toBeVisible();
    expect(await page.locator('.quiz-start noscript').innerHTML()).toContain(`href="${MODULE}cuestionario/"`);
    await page.locator('.quiz-start__paper').getByRole('link', { name: 'Ver todas las preguntas juntas' }).click();
    await expect(page).toHaveURL(`${MODULE}cuestionario/`);
    const questions = page.locator('.quiz-paper__questions > li');
    await expect(questions).toHaveCount(quiz.questions.length);
    // The stored (mixed) order, the same the trainer's answer key letters refer to.
    const texts = await questions.first().locator('.quiz-paper__options li').allTextContents();
    expect(texts).toEqual((quiz.questions[0].options as unknown as { text: string }[]).map((o) => o.text));
    // The participant's copy: no answer key.
    await expect(page.locator('.quiz-paper__key')).toHaveCount(0);
  });
});

test('the entry/exit evaluation: navigator, back and forth, no answers revealed after the entry attempt, then both results side by side', async ({ page }) => {
  const evaluation = parse(readFileSync('src/content/cuestionarios/evaluacion-inicial-y-final.yaml', 'utf8')) as typeof quiz;
  expect(evaluation.feedbackTiming).toBe('final');
  const total = evaluation.questions.length;
  await page.goto('/aprende-trabaja-emprende/evaluacion-inicial-y-final/');
  await expect(page.locator('.quiz__pending')).toHaveCount(0);
  const label = page.locator('.quiz__progress-label');
  const navigator = page.getByRole('navigation', { name: /Preguntas del cuestionario/ });
  await expect(label).toHaveText(`Pregunta 1 de ${total}`);
  await expect(navigator).toHaveAccessibleName(`Preguntas del cuestionario: ${total} sin responder`);
  await page.locator('.quiz__question input').first().check();
  await expect(page.locator('.quiz__feedback')).toHaveCount(0); // no feedback before the end
  await page.getByRole('button', { name: 'Siguiente pregunta' }).click();
  await expect(label).toHaveText(`Pregunta 2 de ${total}`);
  await page.getByRole('button', { name: 'Pregunta anterior' }).click();
  await expect(page.locator('.quiz__question input').first()).toBeChecked();
  await expect(navigator.getByRole('button', { name: 'Pregunta 1, respondida' })).toHaveAttribute('aria-current', 'step');
  await navigator.getByRole('button', { name: `Pregunta ${total}, sin responder` }).click();
  await expect(label).toHaveText(`Pregunta ${total} de ${total}`);
  await expect(page.locator('.quiz__hint-message')).toContainText('Aún no respondes las preguntas 2, 3');
  await page.getByRole('button', { name: 'Terminar y ver resultados' }).click();
  await expect(page.getByRole('heading', { name: /^Tu resultado: [01] de/ })).toBeFocused();
  // The entry attempt shows the score only: no right answers, no explanations.
  await expect(page.locator('.quiz__review')).toHaveCount(0);
  await expect(page.locator('.quiz__results')).toContainText('Esta fue tu evaluación inicial');
  const entryPercent = (await page.getByRole('heading', { name: /^Tu resultado/ }).textContent())!.match(/\((\d+) %\)/)![1];

  // The exit attempt: every right answer except one option of a multiple-choice question.
  await page.getByRole('button', { name: 'Hacer la evaluación final' }).click();
  const multiple = evaluation.questions.findIndex((q) => q.type === 'multiple');
  for (const [index, question] of evaluation.questions.entries()) {
    const wanted = index === multiple ? correctIds(question).slice(0, 1) : correctIds(question);
    for (const id of wanted) await page.locator(`.quiz__question input[value="${id}"]`).check();
    await page.getByRole('button', { name: index < total - 1 ? 'Siguiente pregunta' : 'Terminar y ver resultados' }).click();
  }
  const compare = page.locator('.quiz__compare');
  await expect(compare).toContainText(`Evaluación inicial (primer intento)${entryPercent} %`);
  await expect(compare).toContainText('Evaluación final (este intento)');
  await expect(compare).toContainText('Cambio+');
  await expect(page.locator('.quiz__review > li')).toHaveCount(total);
  // A right option not chosen is marked apart from the chosen ones.
  const missed = page.locator('.quiz__review > li').nth(multiple);
  await expect(missed.locator('.quiz__option-status.is-missed').first()).toHaveText('Correcta, no la elegiste:');
  await expect(missed.locator('.quiz__option-status:not(.is-missed)')).toHaveText(['Tu respuesta, correcta:']);
  await expect(page.locator('.quiz__results')).not.toContainText('!.');
  await expect(page.locator('.quiz__results')).not.toContainText('..');
  expect(await axeViolations(page, '.quiz')).toEqual([]);
});

import { describe, expect, it } from 'vitest';
import { sampleQuiz as quiz } from '../fixtures/quiz.ts';
import { bandFor, isCorrect, questionCredit, scoreQuiz } from '../../src/lib/quiz/scoring.ts';
import { optionOrder, seededRandom, shuffled } from '../../src/lib/quiz/shuffle.ts';
import {
  deserializeState,
  discardNotice,
  mayOverwrite,
  initialState,
  moduleStatus,
  quizIdentity,
  serializeState,
  storageKey,
} from '../../src/lib/quiz/state.ts';
import { checkAnswer, finish, goTo, isLocked, retry, reviewFor, selectOption, unanswered } from '../../src/lib/quiz/attempt.ts';
import { feedbackText, partialSummary, questionFeedback, reviewStatus, withoutVerdict } from '../../src/lib/quiz/feedback.ts';
import type { QuizQuestion } from '../../src/lib/quiz/types.ts';

const [single, multiple, truefalse] = quiz.questions;
const identity = quizIdentity(quiz);

describe('scoring', () => {
  it('counts a single-choice answer correct only with its correct option', () => {
    expect(isCorrect(single, ['a'])).toBe(true);
    expect(isCorrect(single, ['b'])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
  });
  it('counts a multiple-choice answer correct only with all correct options and no wrong one', () => {
    expect(isCorrect(multiple, ['arriendo', 'internet'])).toBe(true);
    expect(isCorrect(multiple, ['arriendo'])).toBe(false);
    expect(isCorrect(multiple, ['arriendo', 'internet', 'harina'])).toBe(false);
  });
  it('gives percentage (rounded down), pass and band', () => {
    expect(scoreQuiz(quiz, { capital: ['a'], costos: ['arriendo', 'internet'], get: ['falso'] })).toEqual({
      correct: 2,
      total: 3,
      percent: 66,
      passed: false,
      band: quiz.bands[0],
    });
    expect(scoreQuiz(quiz, { capital: ['a'], costos: ['arriendo', 'internet'], get: ['verdadero'] })).toMatchObject({
      percent: 100,
      passed: true,
      band: { label: 'Excelente' },
    });
  });
  it('picks the highest band at or below the score, whatever the order bands are written in', () => {
    expect(bandFor([...quiz.bands].reverse(), 70)?.label).toBe('Aprobado');
    expect(bandFor([{ min: 50, label: 'x', message: 'y' }], 10)).toBeUndefined();
  });
});

describe('shuffling', () => {
  it('is deterministic for a seed and a permutation of the input', () => {
    const a = shuffled([1, 2, 3, 4, 5, 6], seededRandom(42));
    expect(shuffled([1, 2, 3, 4, 5, 6], seededRandom(42))).toEqual(a);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('changes option order with the seed, except true/false, and not at all when the quiz does not shuffle', () => {
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => optionOrder(quiz, seed).capital.join()));
    expect(orders.size).toBeGreaterThan(1);
    expect(optionOrder(quiz, 7).get).toEqual(['verdadero', 'falso']);
    expect(optionOrder({ ...quiz, shuffle: false }, 7).capital).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('saved state', () => {
  it('reads back what it writes', () => {
    const state = selectOption(initialState(quiz, 9), single, 'a');
    expect(deserializeState(serializeState(state), identity)).toEqual({ status: 'ok', state });
  });
  it('says "empty" when nothing was saved', () => {
    expect(deserializeState(null, identity)).toEqual({ status: 'empty' });
  });
  it.each([
    ['not JSON', '{oops', 'corrupt'],
    ['not an object', '[1,2]', 'corrupt'],
    ['without a version', '{"answers":{}}', 'corrupt'],
    ['from another format version', '{"version":0}', 'outdated'],
    ['with a wrong field type', JSON.stringify({ ...initialState(quiz, 1), answers: { capital: 'a' } }), 'corrupt'],
    ['with a best score out of range', JSON.stringify({ ...initialState(quiz, 1), best: 140 }), 'corrupt'],
    ['for a quiz whose questions changed', JSON.stringify({ ...initialState(quiz, 1), quiz: 'otra' }), 'changed'],
  ])('discards state %s, with a reason', (_, raw, reason) => {
    expect(deserializeState(raw, identity)).toEqual({ status: 'discarded', reason });
    expect(discardNotice(reason as 'corrupt')).toMatch(/empiezas de nuevo/i);
  });
  it('calls progress from a newer portal newer, never older, and never writes over it', () => {
    const loaded = deserializeState('{"version":99}', identity);
    expect(loaded).toEqual({ status: 'discarded', reason: 'newer' });
    expect(discardNotice('newer')).toContain('versión más reciente');
    expect(discardNotice('newer')).not.toContain('anterior');
    expect(mayOverwrite(loaded, true)).toBe(false);
  });
  it('writes over unreadable progress only once a copy of it is kept', () => {
    const corrupt = deserializeState('{oops', identity);
    expect(mayOverwrite(corrupt, false)).toBe(false);
    expect(mayOverwrite(corrupt, true)).toBe(true);
    expect(mayOverwrite({ status: 'empty' }, false)).toBe(true);
  });
  it('keeps the current question inside the quiz', () => {
    const raw = serializeState({ ...initialState(quiz, 1), current: 99 });
    expect(deserializeState(raw, identity)).toMatchObject({ state: { current: 2 } });
  });
  it('stores each quiz under its own key', () => {
    expect(storageKey('modulo-01')).toBe('integra:quiz:modulo-01');
  });
});

describe('an attempt', () => {
  it('replaces a single choice and toggles multiple choices, in option order', () => {
    let state = initialState(quiz, 1);
    state = selectOption(selectOption(state, single, 'a'), single, 'b');
    expect(state.answers.capital).toEqual(['b']);
    state = selectOption(selectOption(state, multiple, 'internet'), multiple, 'arriendo');
    expect(state.answers.costos).toEqual(['arriendo', 'internet']);
    state = selectOption(state, multiple, 'internet');
    expect(state.answers.costos).toEqual(['arriendo']);
    expect(selectOption(state, single, 'zzz')).toBe(state);
  });
  it('locks an answer once checked, and checks only answered questions', () => {
    let state = checkAnswer(initialState(quiz, 1), 'capital');
    expect(state.checked).toEqual([]);
    state = checkAnswer(selectOption(state, single, 'b'), 'capital');
    expect(isLocked(state, 'capital')).toBe(true);
    expect(selectOption(state, single, 'a').answers.capital).toEqual(['b']);
  });
  it('moves between questions within bounds and lists the unanswered ones', () => {
    const state = initialState(quiz, 1);
    expect(goTo(state, quiz, 5).current).toBe(2);
    expect(goTo(state, quiz, -1).current).toBe(0);
    expect(unanswered(selectOption(state, truefalse, 'falso'), quiz)).toEqual([1, 2]);
  });
  it('keeps the best score across a failed retry and counts attempts', () => {
    let state = initialState(quiz, 1);
    for (const [question, option] of [[single, 'a'], [truefalse, 'verdadero']] as const) state = selectOption(state, question, option);
    state = selectOption(selectOption(state, multiple, 'arriendo'), multiple, 'internet');
    state = finish(state, quiz);
    expect(state).toMatchObject({ finished: true, best: 100 });
    state = finish(retry(state, quiz, 2), quiz);
    expect(state).toMatchObject({ attempt: 2, best: 100, answers: {} });
  });
});

describe('module status on the course page', () => {
  const load = (state: ReturnType<typeof initialState>) => deserializeState(serializeState(state), identity);
  it('follows the saved quiz: not started, in progress, passed, to improve', () => {
    expect(moduleStatus({ status: 'empty' }, 70)).toEqual({ status: 'sin-empezar', best: null });
    expect(moduleStatus({ status: 'discarded', reason: 'corrupt' }, 70).status).toBe('sin-empezar');
    const started = selectOption(initialState(quiz, 1), single, 'a');
    expect(moduleStatus(load(started), 70).status).toBe('en-curso');
    expect(moduleStatus(load({ ...started, finished: true, best: 66 }), 70)).toEqual({ status: 'por-mejorar', best: 66 });
    expect(moduleStatus(load({ ...started, finished: true, best: 100 }), 70)).toEqual({ status: 'aprobado', best: 100 });
  });
});

describe('partial credit, first and latest results, review options', () => {
  const partial = { ...quiz, partialCredit: true };
  const costos = quiz.questions.find((q) => q.id === 'costos')!;

  it('gives part of the point per right option chosen, minus the wrong ones, never below 0', () => {
    expect(questionCredit(costos, ['arriendo'], true)).toBe(0.5);
    expect(questionCredit(costos, ['arriendo', 'internet'], true)).toBe(1);
    expect(questionCredit(costos, ['arriendo', 'harina'], true)).toBe(0);
    expect(questionCredit(costos, ['arriendo', 'harina', 'internet'], true)).toBe(0.5);
    expect(questionCredit(costos, ['harina'], true)).toBe(0);
    // Without partial credit, all or nothing; single-choice questions are always all or nothing.
    expect(questionCredit(costos, ['arriendo'], false)).toBe(0);
    expect(questionCredit(quiz.questions[0], ['a'], true)).toBe(1);
  });

  it('scores half a point as such and rounds the percentage down', () => {
    const answers = { capital: ['a'], costos: ['arriendo'], get: ['falso'] };
    expect(scoreQuiz(partial, answers)).toMatchObject({ correct: 1.5, total: 3, percent: 50 });
    expect(scoreQuiz(quiz, answers)).toMatchObject({ correct: 1, total: 3, percent: 33 });
  });

  it('keeps the first and the latest result across attempts', () => {
    let state = initialState(quiz, 1);
    state = finish({ ...state, answers: { capital: ['b'] } }, quiz);
    expect(state).toMatchObject({ first: 0, last: 0, best: 0 });
    state = retry(state, quiz, 2);
    state = finish({ ...state, answers: { capital: ['a'], costos: ['arriendo', 'internet'], get: ['verdadero'] } }, quiz);
    expect(state).toMatchObject({ first: 0, last: 100, best: 100, attempt: 2 });
  });

  it('reads a version 1 saved state, with first and latest results unknown', () => {
    const v1 = { ...initialState(quiz, 1), version: 1, first: undefined, last: undefined };
    const loaded = deserializeState(JSON.stringify(v1), quizIdentity(quiz));
    expect(loaded).toMatchObject({ status: 'ok', state: { version: 2, first: null, last: null } });
  });

  it('hides answers after the entry attempt of the entry/exit evaluation, and shows what the quiz allows after', () => {
    const prePost = { ...quiz, purpose: 'pre-post' as const };
    const none = { correctness: false, rightAnswer: false, feedback: false };
    expect(reviewFor(prePost, initialState(prePost, 1))).toEqual(none);
    expect(reviewFor(prePost, { ...initialState(prePost, 1), attempt: 2 })).toEqual(quiz.review);
    expect(reviewFor(quiz, initialState(quiz, 1))).toEqual(quiz.review);
  });
});

describe('feedback after checking an answer', () => {
  // Written as the content writes it: the feedback of every correct option starts with «Correcto.».
  const precio: QuizQuestion = {
    id: 'fijar-precio',
    type: 'multiple',
    prompt: '¿Qué conviene mirar para fijar el precio de tu producto?',
    options: [
      { id: 'costo', text: 'Tu costo unitario', correct: true, feedback: 'Correcto. Tu precio siempre debe ser mayor que lo que te cuesta producir.' },
      { id: 'vecinos', text: 'Lo que cobran negocios parecidos cerca de ti', correct: true, feedback: 'Correcto. Comparar te ayuda a no quedar muy por encima ni muy por debajo.' },
      { id: 'barato', text: 'El precio más bajo de la zona', correct: false, feedback: 'Copiar el precio más bajo puede dejarte por debajo de tu costo unitario.' },
      { id: 'clientela', text: 'Lo que tu clientela está dispuesta a pagar', correct: true, feedback: 'Correcto. Un precio que tu clientela no puede pagar frena tus ventas.' },
    ],
  };
  const explanations = precio.options.map((option) => withoutVerdict(option.feedback));

  it('says how a partly right answer went in one message, without «No es correcto» followed by «Correcto» again and again', () => {
    const feedback = questionFeedback(precio, ['costo', 'vecinos', 'barato']);
    expect(feedback.verdict).toBe('partial');
    expect(feedback.summary).toBe('En parte: elegiste 2 de las 3 opciones correctas y 1 que no lo es.');
    expect(feedback.groups.map((group) => [group.heading, group.options.map((option) => option.id)])).toEqual([
      ['Elegiste bien', ['costo', 'vecinos']],
      ['No es correcta', ['barato']],
      ['También es correcta', ['clientela']],
    ]);
    const text = feedbackText(feedback);
    expect(text).toBe(
      'En parte: elegiste 2 de las 3 opciones correctas y 1 que no lo es. ' +
        'Elegiste bien: Tu costo unitario. Tu precio siempre debe ser mayor que lo que te cuesta producir. ' +
        'Lo que cobran negocios parecidos cerca de ti. Comparar te ayuda a no quedar muy por encima ni muy por debajo. ' +
        'No es correcta: El precio más bajo de la zona. Copiar el precio más bajo puede dejarte por debajo de tu costo unitario. ' +
        'También es correcta: Lo que tu clientela está dispuesta a pagar. Un precio que tu clientela no puede pagar frena tus ventas.',
    );
    expect(text).not.toMatch(/Correcto|No es correcto/);
    // Each option's own explanation, once.
    for (const explanation of explanations) expect(text.split(explanation).length - 1).toBe(1);
  });

  it('words the other partly right answers and the wrong and right ones', () => {
    expect(questionFeedback(precio, ['costo', 'vecinos']).summary).toBe('En parte: elegiste 2 de las 3 opciones correctas.');
    expect(questionFeedback(precio, ['costo', 'vecinos', 'clientela', 'barato']).summary).toBe(
      'En parte: elegiste las 3 opciones correctas, pero también 1 que no lo es.',
    );
    const wrong = questionFeedback(precio, ['barato']);
    expect(wrong).toMatchObject({ verdict: 'wrong', summary: 'No es correcto: la opción que elegiste no es correcta.' });
    expect(wrong.groups.map((group) => group.heading)).toEqual(['No es correcta', 'Las respuestas correctas']);
    const right = questionFeedback(precio, ['costo', 'vecinos', 'clientela']);
    expect(right).toMatchObject({ verdict: 'right', summary: '¡Correcto! Elegiste las 3 opciones correctas.' });
    expect(right.groups.map((group) => group.heading)).toEqual(['Elegiste bien']);
    expect(feedbackText(right)).not.toContain('Correcto.');
    expect(partialSummary(1, 1, 2)).toBe('En parte: elegiste la opción correcta, pero también 2 que no lo son.');
  });

  it('keeps a single-answer question as before: the verdict, and the explanation of the chosen and the right option', () => {
    const capital = quiz.questions[0];
    const right = questionFeedback(capital, ['a']);
    expect(right).toEqual({ verdict: 'right', summary: '¡Correcto!', groups: [{ kind: 'chosen', heading: '', options: [{ id: 'a', text: capital.options[0].text, explanation: 'Sí.' }] }] });
    expect(feedbackText(right)).toBe('¡Correcto! Sí.');
    const wrong = questionFeedback(capital, ['b']);
    expect(wrong.summary).toBe('No es correcto.');
    expect(wrong.groups.map((group) => [group.heading, group.options.map((option) => option.id)])).toEqual([
      ['Tu respuesta', ['b']],
      ['La respuesta correcta', ['a']],
    ]);
    expect(feedbackText(wrong)).toBe('No es correcto. Tu respuesta: Un préstamo bancario. No. La respuesta correcta: Un recurso para fortalecer un negocio. Sí.');
    // A true/false question answered wrong: the right option's «Correcto.» is left out, its label says it.
    expect(feedbackText(questionFeedback(truefalse, ['falso']))).toBe('No es correcto. Tu respuesta: Falso. Sí los reúne. La respuesta correcta: Verdadero. Correcto.');
  });

  it('leaves out only the verdict word an explanation starts with', () => {
    expect(withoutVerdict('Correcto. Pedro paga el mismo arriendo.')).toBe('Pedro paga el mismo arriendo.');
    expect(withoutVerdict('¡Correcto! así se hace.')).toBe('Así se hace.');
    expect(withoutVerdict('Incorrecto: falta la fecha.')).toBe('Falta la fecha.');
    expect(withoutVerdict('No es así. Nadie decide por ti.')).toBe('No es así. Nadie decide por ti.');
    expect(withoutVerdict('Es correcto pensarlo.')).toBe('Es correcto pensarlo.');
    // Nothing would be left: kept as written.
    expect(withoutVerdict('Correcto.')).toBe('Correcto.');
  });

  it('gives the review of a finished attempt a status line that says when an answer is partly right', () => {
    expect(reviewStatus(precio, [], true)).toEqual({ verdict: 'unanswered', text: 'Sin responder' });
    expect(reviewStatus(precio, ['costo', 'vecinos', 'clientela'], true)).toEqual({ verdict: 'right', text: 'Correcta' });
    expect(reviewStatus(precio, ['barato'], true)).toEqual({ verdict: 'wrong', text: 'Incorrecta' });
    expect(reviewStatus(precio, ['costo', 'barato'], true).text).toBe('En parte: elegiste 1 de las 3 opciones correctas y 1 que no lo es.');
    // Where the quiz hides the right answers, the number of correct options stays hidden too.
    expect(reviewStatus(precio, ['costo', 'barato'], false).text).toBe('En parte: 1 de tus opciones es correcta y 1 no lo es.');
    expect(reviewStatus(precio, ['costo', 'vecinos'], false).text).toBe('En parte: las 2 opciones que elegiste son correctas, pero te falta alguna.');
    expect(reviewStatus(quiz.questions[0], ['b'], true)).toEqual({ verdict: 'wrong', text: 'Incorrecta' });
  });
});

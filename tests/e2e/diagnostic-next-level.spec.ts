/**
 * The results say, per dimension, how many points are missing to the next level and the fewest
 * answers that would reach it. The expected figures are computed here from the instrument's content
 * file with the methodology's rules, written again, and a search of every way to raise the answers.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations, openResults, seedAssessments } from './diagnostic-steps.ts';

const yaml = parse(readFileSync('src/content/diagnostico/gestion-movilidad-humana.yaml', 'utf8')) as {
  levels: { label: string; min: number }[];
  dimensions: { title: string; order: number; indicators: { id: string; scoring: { weight: number } }[] }[];
};
const dimensions = [...yaml.dimensions].sort((a, b) => a.order - b.order);
const levels = [...yaml.levels].sort((a, b) => a.min - b.min);
const number = new Intl.NumberFormat('es-EC', { maximumFractionDigits: 1 });
const round1 = (x: number) => Math.round(Number((x * 10).toPrecision(12))) / 10;
const levelOf = (score: number) => levels.filter((level) => level.min <= score).at(-1)!;

/** Answers as halves of a point: No 0, Parcial 1, Completo 2. */
const scoreOf = (weights: number[], halves: number[]) => round1((100 * weights.reduce((sum, w, i) => sum + w * halves[i], 0)) / (2 * weights.reduce((a, b) => a + b, 0)));

/** Every way to raise some of the answers: the raised answers and how many were raised. */
function raisings(halves: number[]): { halves: number[]; raised: number }[] {
  let ways = [{ halves: [] as number[], raised: 0 }];
  for (const h of halves) {
    const options = [h, ...[1, 2].filter((up) => up > h)];
    ways = ways.flatMap((way) => options.map((option) => ({ halves: [...way.halves, option], raised: way.raised + (option === h ? 0 : 1) })));
  }
  return ways;
}

// Dimension 1 all Completo (the top level), dimension 2 all No, the rest No, Parcial, Completo in turn.
const PICK = (d: number, i: number) => (d === 0 ? 2 : d === 1 ? 0 : (d + i) % 3);

test('the results say how far each dimension is from the next level, and what would reach it', async ({ page }, testInfo) => {
  test.slow();
  await seedAssessments(page, [{ municipio: 'Machala', asOf: '2026-05', pick: PICK }]);
  await openResults(page, 0);
  const section = page.locator('section[aria-labelledby="nivel-siguiente"]');
  await expect(section.getByRole('heading', { level: 4 })).toHaveText('Cuánto falta para el nivel siguiente');
  const items = section.getByRole('listitem');
  await expect(items).toHaveCount(dimensions.length);

  const ANSWER = ['No', 'Parcial', 'Completo'];
  let most = 0;
  for (const [d, dimension] of dimensions.entries()) {
    const weights = dimension.indicators.map((indicator) => indicator.scoring.weight);
    const halves = dimension.indicators.map((_, i) => PICK(d, i));
    const score = scoreOf(weights, halves);
    const level = levelOf(score);
    const item = items.nth(d);
    await expect(item).toContainText(`${d + 1}. ${dimension.title} (${number.format(score)}; ${level.label}).`);
    const next = levels.find((candidate) => candidate.min > score);
    if (!next) {
      await expect(item).toContainText(`Está en el nivel más alto, «${level.label}».`);
      continue;
    }
    const points = round1(next.min - score);
    const text = (await item.textContent())!;
    expect(text).toContain(`${points === 1 ? 'Le falta 1 punto' : `Le faltan ${number.format(points)} puntos`} para «${next.label}». Bastaría con pasar `);

    // The fewest raised answers that reach the next level, and the lowest score such a raise gives.
    const reaching = raisings(halves).filter((way) => scoreOf(weights, way.halves) >= next.min);
    const fewest = Math.min(...reaching.map((way) => way.raised));
    const lowest = Math.min(...reaching.filter((way) => way.raised === fewest).map((way) => scoreOf(weights, way.halves)));

    // What the page proposes, read back from its words and applied to the answers, does exactly that.
    const proposed = [...text.matchAll(/(\d+) (?:preguntas? )?de peso (\d+) de «(No|Parcial)» a «(Parcial|Completo)»/g)].map((m) => ({
      count: Number(m[1]),
      weight: Number(m[2]),
      from: ANSWER.indexOf(m[3]),
      to: ANSWER.indexOf(m[4]),
    }));
    expect(proposed.length, text).toBeGreaterThan(0);
    expect(proposed.reduce((sum, p) => sum + p.count, 0), `${dimension.title}: answers to raise`).toBe(fewest);
    most = Math.max(most, fewest);
    const raised = [...halves];
    for (const p of proposed) {
      for (let left = p.count, i = 0; left > 0; i++) {
        expect(i, `${dimension.title}: enough questions of peso ${p.weight} answered ${ANSWER[p.from]}`).toBeLessThan(halves.length);
        if (weights[i] === p.weight && raised[i] === p.from && halves[i] === p.from) {
          raised[i] = p.to;
          left--;
        }
      }
    }
    expect(scoreOf(weights, raised), `${dimension.title}: the score after the proposed raise`).toBe(lowest);
    testInfo.annotations.push({ type: 'next level', description: text });
  }
  // The case the brief names: a dimension whose next level takes more than one answer.
  expect(most, 'a dimension needs more than one answer').toBeGreaterThan(1);

  // The plan shows each question's weight, which the sentences name.
  await expect(page.locator('.diagnostic__plan-answer').first()).toContainText(/; peso [1-3];/);
  await expectNoAxeViolations(page, 'results with the distance to the next level');
  await section.screenshot({ path: testInfo.outputPath('nivel-siguiente-1280.png') });
  await page.setViewportSize({ width: 360, height: 740 });
  // The radar chart follows the new width on its next resize: wait for the page to fit, and say what does not.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('#contenido *')]
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !element.closest('.table-wrap'))
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
          .slice(0, 5),
      ),
    )
    .toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await section.screenshot({ path: testInfo.outputPath('nivel-siguiente-360.png') });
  await expectNoAxeViolations(page, 'results at 360 px');
});

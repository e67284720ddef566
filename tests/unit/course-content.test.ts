/** The training content itself: module counts, the report's En Marcha Digital minutes, agendas, quizzes. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const frontmatter = (source: string) => parse(source.split('\n---\n')[0].replace(/^---\n/, '')) as Record<string, any>;
const modulos = readdirSync('src/content/modulos')
  .filter((name) => name.endsWith('.mdx'))
  .map((name): Record<string, any> => ({ name, ...frontmatter(readFileSync(`src/content/modulos/${name}`, 'utf8')) }));
const quizzes = new Map(
  readdirSync('src/content/cuestionarios')
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [name.replace('.yaml', ''), parse(readFileSync(`src/content/cuestionarios/${name}`, 'utf8')) as Record<string, any>]),
);
const course = (id: string) => modulos.filter((m) => m.course === id).sort((a, b) => a.order - b.order);

describe('training content', () => {
  it('each module\'s agenda minutes (and each modality\'s own agenda) add up to its duration', () => {
    for (const modulo of modulos) {
      const agendas = [modulo.agenda, ...(modulo.variants ?? []).map((v: any) => v.agenda).filter(Boolean)];
      for (const agenda of agendas) {
        const total = agenda.reduce((sum: number, item: { minutes: number }) => sum + item.minutes, 0);
        expect(total, `${modulo.name}: agenda minutes`).toBe(modulo.durationMinutes);
      }
    }
  });

  it('has the 12 Aprende, Trabaja y Emprende modules in order, 40 hours in all, each with a quiz of 8+ questions', () => {
    const ate = course('aprende-trabaja-emprende');
    expect(ate.map((m) => m.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(ate.reduce((sum, m) => sum + m.durationMinutes, 0)).toBe(40 * 60);
    for (const modulo of ate) {
      const quiz = quizzes.get(modulo.quiz);
      expect(quiz, `${modulo.name} quiz ${modulo.quiz}`).toBeDefined();
      expect(quiz!.questions.length, `${modulo.quiz} questions`).toBeGreaterThanOrEqual(8);
    }
  });

  it('has En Marcha Digital\'s seven modules with the names and minutes the report gives (3.2.3.1)', () => {
    expect(course('en-marcha-digital').map((m) => [m.title, m.durationMinutes])).toEqual([
      ['Mantén activo tu negocio', 120],
      ['Maneja eficientemente pedidos y entregas', 90],
      ['Organiza tus finanzas en tiempos complejos', 120],
      ['Limpieza y seguridad de tu negocio para ti y tus clientes', 60],
      ['Cómo aprovechar las distintas formas de pago', 60],
      ['Genera productos y promociones atractivos para tus clientes', 120],
      ['Buenas prácticas ambientales', 120],
    ]);
    for (const modulo of course('en-marcha-digital')) expect(quizzes.get(modulo.quiz)?.questions.length).toBeGreaterThanOrEqual(4);
  });

  it('has the nine trainer sessions, sharing the 20 presencial hours', () => {
    const sessions = course('formacion-de-formadores');
    expect(sessions.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sessions.reduce((sum, s) => sum + s.durationMinutes, 0)).toBe(20 * 60);
  });

  it('has one pre/post evaluation and one validación evaluation', () => {
    const purposes = [...quizzes.values()].map((q) => q.purpose ?? 'modulo');
    expect(purposes.filter((p) => p === 'pre-post')).toHaveLength(1);
    expect(purposes.filter((p) => p === 'validacion')).toHaveLength(1);
  });

  it('gives every module and session a guide a new trainer can follow: preparation, every activity step by step, materials', () => {
    expect(modulos).toHaveLength(28);
    for (const modulo of modulos) {
      expect(modulo.preparation?.checklist?.length, `${modulo.name}: preparation checklist`).toBeGreaterThanOrEqual(3);
      for (const item of modulo.agenda) {
        expect(item.guide, `${modulo.name}: «${item.activity}» has step-by-step notes`).toBeDefined();
        expect(item.guide.say.length, `${modulo.name}: «${item.activity}» what to say`).toBeGreaterThanOrEqual(2);
        expect(item.guide.adapt.length, `${modulo.name}: «${item.activity}» adaptations`).toBeGreaterThanOrEqual(1);
      }
      expect(modulo.handouts?.length ?? 0, `${modulo.name}: printable materials`).toBeGreaterThanOrEqual(2);
      for (const handout of modulo.handouts.filter((h: any) => h.kind === 'guion')) {
        // Role plays feature people: their instructions say the people are invented.
        expect(handout.intro, `${modulo.name}: ${handout.id} says its people are invented`).toMatch(/invent|ejemplo|ficticio/i);
      }
    }
  });

  it('gives every module longer than 2 hours a 2-hour version of exactly 120 minutes in the room', () => {
    for (const modulo of modulos) {
      if (modulo.durationMinutes <= 120) {
        expect(modulo.shortVersion, modulo.name).toBeUndefined();
        continue;
      }
      expect(modulo.shortVersion, `${modulo.name} (${modulo.durationMinutes} min)`).toBeDefined();
      const inRoom = modulo.shortVersion.agenda.filter((i: any) => i.change !== 'tarea').reduce((sum: number, i: any) => sum + i.minutes, 0);
      expect(inRoom, modulo.name).toBe(120);
    }
  });

  it('says once, on the course pages, that the structure is the portal\'s proposal, not on every module', () => {
    for (const modulo of modulos) {
      const body = readFileSync(`src/content/modulos/${modulo.name}`, 'utf8').split('\n---\n').slice(1).join('\n---\n');
      expect(body, modulo.name).not.toMatch(/(duración|agenda)[^.]{0,80}(propuesta|orientación práctica)/i);
    }
  });
});


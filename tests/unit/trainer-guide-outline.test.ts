import { describe, expect, it } from 'vitest';
import { GUIDE_SECTIONS, trainerGuideHeadings, type GuideOutline } from '../../src/lib/trainer-guide-outline.ts';
import { buildToc } from '../../src/lib/toc.ts';

const minimal: GuideOutline = {
  materials: [],
  agenda: [{ activity: 'Bienvenida', minutes: 15 }],
  variants: [],
  facilitatorTips: [],
  handouts: [],
};

describe('trainer guide outline', () => {
  it('lists only the sections a guide has: objectives, agenda and the participant sheet are always there', () => {
    expect(trainerGuideHeadings(minimal, false).map((h) => h.slug)).toEqual(['objetivos', 'agenda', 'hoja-participantes']);
  });

  it('lists every section in page order, each activity under «Paso a paso» and each material under «Materiales para imprimir»', () => {
    const full: GuideOutline = {
      preparation: { space: 'Sala' },
      materials: ['Papelógrafos'],
      agenda: [
        { activity: 'Bienvenida', minutes: 15, guide: {} },
        { activity: 'Lluvia de ideas', minutes: 20 },
      ],
      shortVersion: { notes: '…' },
      variants: [{}],
      facilitatorTips: ['…'],
      handouts: [{ id: 'tarjetas-roles', title: 'Tarjetas de roles' }],
    };
    const toc = buildToc(trainerGuideHeadings(full, true));
    expect(toc.map((item) => item.text)).toEqual([
      'Objetivos',
      'Antes de la sesión',
      'Materiales',
      'Agenda',
      'Paso a paso',
      'Versión de 2 horas',
      'Cómo adaptarlo a cada modalidad',
      'Consejos para grupos diversos',
      'Materiales para imprimir',
      'Hoja para participantes',
      'Cuestionario en papel',
    ]);
    expect(toc.find((item) => item.slug === GUIDE_SECTIONS.stepByStep.id)!.children).toEqual([
      { slug: 'actividad-1', text: '1. Bienvenida (15 min)', children: [] },
      { slug: 'actividad-2', text: '2. Lluvia de ideas (20 min)', children: [] },
    ]);
    expect(toc.find((item) => item.slug === GUIDE_SECTIONS.handouts.id)!.children).toEqual([
      { slug: 'material-tarjetas-roles', text: 'Tarjetas de roles', children: [] },
    ]);
  });

  it('leaves «Paso a paso» out when no activity has step-by-step notes', () => {
    expect(trainerGuideHeadings({ ...minimal, agenda: [{ activity: 'Bienvenida', minutes: 15 }] }, true).map((h) => h.slug)).not.toContain('paso-a-paso');
  });
});

import { describe, expect, it } from 'vitest';
import { councilDecisions, previousAssessment, shortAddress } from '../../../src/lib/diagnostic/report.ts';
import { chronological } from '../../../src/lib/diagnostic/compare.ts';

const at = (id: string, municipio: string, asOf: string, createdAt = '2026-01-01T00:00:00.000Z') => ({ id, municipio, asOf, createdAt });

describe('the council report', () => {
  it('writes the methodology’s address as people type it', () => {
    expect(shortAddress('https://integra.example.org', '/diagnostico/metodologia/')).toBe('integra.example.org/diagnostico/metodologia/');
    expect(shortAddress('http://127.0.0.1:4321', '')).toBe('127.0.0.1:4321');
  });

  it('measures change from the compared assessment when it is earlier, else the latest earlier one of the same GAD', () => {
    const current = at('now', 'Machala', '2026-06');
    const others = [at('old', 'Machala', '2024-06'), at('last', ' machala ', '2025-06'), at('other-gad', 'Quito', '2026-01'), at('later', 'Machala', '2027-01')];
    expect(previousAssessment(current, others)?.id).toBe('last');
    expect(previousAssessment(current, others, 'old')?.id).toBe('old');
    // A chosen one that describes a later situation is not a «before».
    expect(previousAssessment(current, others, 'later')?.id).toBe('last');
    // Another GAD only when the GET chose it.
    expect(previousAssessment(current, others, 'other-gad')?.id).toBe('other-gad');
    expect(previousAssessment(at('first', 'Durán', '2026-06'), others)).toBeNull();
  });

  it('orders two assessments by the month they describe, then by when they were created', () => {
    const a = at('a', 'x', '2026-03', '2026-05-01T00:00:00.000Z');
    const b = at('b', 'x', '2026-03', '2026-04-01T00:00:00.000Z');
    expect(chronological(a, b).map((x) => x.id)).toEqual(['b', 'a']);
    expect(chronological(at('c', 'x', '2025-12'), b).map((x) => x.id)).toEqual(['c', 'b']);
  });

  it('asks the council to approve, assign, fund and follow up, naming what is missing', () => {
    const action = (responsible: string) => ({ id: 'x', responsible, due: '', cost: '', status: 'pendiente' as const });
    expect(councilDecisions([action('Planificación'), action(''), action('')], '2026-03')).toEqual([
      'Aprobar las 3 acciones de la tabla como parte del trabajo del GAD con las personas en movilidad humana y sus comunidades de acogida.',
      'Encargar cada acción al área indicada, con la fecha prevista, y designar el área de las 2 acciones que no la tienen.',
      'Incluir los costos indicados en la planificación y el presupuesto del GAD, o señalar de dónde saldrán los recursos.',
      'Pedir al Grupo de Enlace Territorial (GET) un informe de avance y un nuevo autodiagnóstico con la situación a marzo de 2027.',
    ]);
    expect(councilDecisions([action('Planificación')], '2026-12')[1]).toBe('Encargar cada acción al área responsable indicada, con la fecha prevista.');
    expect(councilDecisions([], '2026-12')).toEqual([
      'Pedir al Grupo de Enlace Territorial (GET) un informe de avance y un nuevo autodiagnóstico con la situación a diciembre de 2027.',
    ]);
  });
});

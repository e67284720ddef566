/**
 * What the council report says besides the scores: where the methodology is, which earlier
 * assessment the change is measured from, and the decisions the council is asked to take.
 */
import { monthText, type Assessment } from './assessment.ts';
import { chronological } from './compare.ts';
import type { CouncilAction } from './council.ts';

export const METHODOLOGY_PATH = '/diagnostico/metodologia/';
export const METHODOLOGY_QR_PATH = '/diagnostico/qr-metodologia.svg';

/** "integra.example.org/diagnostico/metodologia/": the address as people type it. */
export const shortAddress = (origin: string, path: string) => `${new URL(origin).host}${path}`;

const sameMunicipio = (a: Pick<Assessment, 'municipio'>, b: Pick<Assessment, 'municipio'>) =>
  a.municipio.trim().toLocaleLowerCase('es') === b.municipio.trim().toLocaleLowerCase('es');

/**
 * The assessment the report measures change from: the one the GET chose to compare with, when it
 * describes an earlier situation; else the latest earlier assessment of the same municipality; else none.
 */
export function previousAssessment<T extends Pick<Assessment, 'id' | 'municipio' | 'asOf' | 'createdAt'>>(current: T, others: readonly T[], chosenId = ''): T | null {
  const earlier = others.filter((other) => other.id !== current.id && chronological(other, current)[0] === other);
  const chosen = earlier.find((other) => other.id === chosenId);
  if (chosen) return chosen;
  return earlier.filter((other) => sameMunicipio(other, current)).reduce<T | null>((latest, other) => (latest === null || chronological(latest, other)[0] === latest ? other : latest), null);
}

/** The decisions the report asks of the council, from the actions the GET chose. */
export function councilDecisions(actions: readonly CouncilAction[], asOf: string): string[] {
  const n = actions.length;
  const decisions: string[] = [];
  const [year, month] = asOf.split('-').map(Number);
  const followUp = `Pedir al Grupo de Enlace Territorial (GET) un informe de avance y un nuevo autodiagnóstico con la situación a ${monthText(`${year + 1}-${String(month).padStart(2, '0')}`)}.`;
  if (n === 0) return [followUp];
  const which = n === 1 ? 'la acción de la tabla' : `las ${n} acciones de la tabla`;
  decisions.push(`Aprobar ${which} como parte del trabajo del GAD con las personas en movilidad humana y sus comunidades de acogida.`);
  const withoutOwner = actions.filter((action) => action.responsible === '').length;
  decisions.push(
    withoutOwner === 0
      ? 'Encargar cada acción al área responsable indicada, con la fecha prevista.'
      : `Encargar cada acción al área indicada, con la fecha prevista, y designar el área de ${withoutOwner === 1 ? 'la acción que no la tiene' : `las ${withoutOwner} acciones que no la tienen`}.`,
  );
  decisions.push('Incluir los costos indicados en la planificación y el presupuesto del GAD, o señalar de dónde saldrán los recursos.');
  decisions.push(followUp);
  return decisions;
}

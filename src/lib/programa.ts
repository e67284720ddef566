/**
 * Structural facts about the Integra programme that every page frame uses, taken from the
 * Informe de Resultados Integra 2021-2023 (T1). Each carries its report section; where the report
 * contradicts itself, the id of the note about the report (collection `notas`) that says so.
 */
import type { Componente, Etapa } from './taxonomy.ts';
import { usedInCode } from './code-references.ts';

export const REPORT_NAME = 'Informe de Resultados Integra 2021-2023 (T1)';

export interface EtapaInfo {
  id: Etapa;
  name: string;
  period: string;
  strategies: string[];
  reportSection: string;
  /** Notes about the report on the stage's name or period. */
  nameNote?: string;
  periodNote?: string;
}

export const ETAPAS_PROGRAMA: EtapaInfo[] = [
  {
    id: 'I',
    name: 'Sensibilización y fortalecimiento de la gobernanza',
    period: 'mayo de 2021 a julio de 2022',
    strategies: ['Sensibilización', 'Transferencia de herramientas', 'Desarrollo de modelos de gobernanza inclusivos'],
    reportSection: '02',
  },
  {
    id: 'II',
    name: 'Integración económica',
    period: 'mayo de 2022 a julio de 2023',
    strategies: ['Estudio de mercado', 'Campaña Pro-Integración', 'Programas de medios de vida', 'Capital de fortalecimiento'],
    reportSection: '02',
    nameNote: usedInCode('notas', 'etapa-ii-tres-nombres'),
  },
  {
    id: 'III',
    name: 'Institucionalización',
    period: 'julio de 2023 a mayo de 2024',
    strategies: [
      'Fortalecimiento de la gobernanza',
      'Programas de medios de vida',
      'Seguimiento de capitales de fortalecimiento',
      'Evaluación final',
    ],
    reportSection: '02',
    periodNote: usedInCode('notas', 'etapa-iii-dos-periodos'),
  },
];

export interface ComponenteInfo {
  id: Componente;
  number: string;
  description: string;
}

/** Paraphrased from section 02 "Componentes". */
export const COMPONENTES_PROGRAMA: ComponenteInfo[] = [
  {
    id: 'gobernanza',
    number: '01',
    description:
      'Ayuda a los municipios a incluir la movilidad humana y el enfoque de género en sus políticas públicas. Busca que esas políticas sean inclusivas y sostenibles.',
  },
  {
    id: 'integracion-socioeconomica',
    number: '02',
    description:
      'Ayuda a los municipios a promover la integración económica. Para eso, les entrega metodologías, manuales, herramientas y una plataforma para llevar a cabo el programa.',
  },
  {
    id: 'medios-de-vida',
    number: '03',
    description:
      'Hace que el municipio dé servicios de emprendimiento y empleo como parte de sus servicios públicos. Quien aprueba los talleres puede acceder a un capital de fortalecimiento para su negocio.',
  },
  {
    id: 'sensibilizacion',
    number: '04',
    description:
      'Una campaña busca que la gente conviva en paz. Muestra la movilidad humana como una oportunidad para el desarrollo. Se hace junto con los equipos de comunicación de cada municipio.',
  },
];

export interface ModalidadInfo {
  id: 'presencial' | 'virtual' | 'mixta' | 'validacion';
  /** Total hours as the report gives them; null where it gives none. */
  hours: number | null;
  description: string;
}

/** The four service modalities of the economic integration programme (report, 3.2.3.1). */
export const MODALIDADES_PROGRAMA: ModalidadInfo[] = [
  {
    id: 'presencial',
    hours: 40,
    description: 'Talleres presenciales con capacitadores y capacitadoras especializados de los equipos municipales y del proyecto.',
  },
  {
    id: 'virtual',
    hours: 40,
    description: 'Talleres en el aula virtual del Sistema de Integración, Trabajo y Emprendimiento (SITE), que tiene 12 módulos de capacitación.',
  },
  {
    id: 'mixta',
    hours: 40,
    description: 'Las 40 horas se reparten en 19 horas presenciales y 21 horas virtuales.',
  },
  {
    id: 'validacion',
    hours: null,
    description:
      'Para personas que ya pasaron por talleres de capacitación: una evaluación valora sus conocimientos y, con ese resultado, pueden preparar su modelo de negocio y su herramienta financiera. El informe no indica horas para esta modalidad.',
  },
];

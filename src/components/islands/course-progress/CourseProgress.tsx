/**
 * The ordered list of a course's modules. Server-rendered as a plain list; once hydrated it reads
 * each module's saved quiz (on this device only) and shows whether it was passed, with the best
 * score. Unreadable saved state counts as not started: the list never breaks.
 */
import { useEffect, useState } from 'preact/hooks';
import { deserializeState, moduleStatus, storageKey, type ModuleStatus, type QuizIdentity } from '../../../lib/quiz/state.ts';

export interface ModuleSummary {
  id: string;
  title: string;
  href: string;
  duration: string;
  summary: string;
  quiz?: { id: string; passMark: number; identity: QuizIdentity };
}

interface Props {
  modules: ModuleSummary[];
  /** Accessible name of the list. */
  label: string;
}

const STATUS_TEXT: Record<ModuleStatus, string> = {
  'sin-empezar': 'Sin empezar',
  'en-curso': 'En curso',
  aprobado: 'Aprobado',
  'por-mejorar': 'Por mejorar',
};

function readProgress(modules: ModuleSummary[]) {
  return Object.fromEntries(
    modules.map((module) => {
      if (!module.quiz) return [module.id, undefined];
      let raw: string | null = null;
      try {
        raw = localStorage.getItem(storageKey(module.quiz.id));
      } catch {
        raw = null;
      }
      return [module.id, moduleStatus(deserializeState(raw, module.quiz.identity), module.quiz.passMark)];
    }),
  );
}

export default function CourseProgress({ modules, label }: Props) {
  const [progress, setProgress] = useState<ReturnType<typeof readProgress> | null>(null);
  useEffect(() => setProgress(readProgress(modules)), []);
  const withQuiz = modules.filter((module) => module.quiz).length;
  const passed = progress ? Object.values(progress).filter((entry) => entry?.status === 'aprobado').length : 0;

  return (
    <div class="course-progress">
      {progress && withQuiz > 0 && (
        <p class="result-count" data-progress-summary>
          Tu avance en este dispositivo: {passed} de {withQuiz} módulos aprobados.
        </p>
      )}
      <ol class="module-list" aria-label={label}>
        {modules.map((module) => {
          const entry = progress?.[module.id];
          return (
            <li key={module.id}>
              <a class="module-list__title" href={module.href}>
                {module.title}
              </a>{' '}
              <span class="module-list__meta">
                {module.duration}{' '}
                {entry && (
                  <span class={`progress-badge progress-badge--${entry.status}`}>
                    {STATUS_TEXT[entry.status]}
                    {entry.best !== null && ` · mejor resultado ${entry.best} %`}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

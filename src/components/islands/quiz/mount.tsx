/**
 * Puts a module's quiz island into the page once its data has arrived (start.ts calls it), with its
 * stylesheet: a module page carries neither the questions nor the quiz's CSS until the reader reaches the
 * quiz. The CSS is linked here, by URL, because a plain import would put it in every module page's own CSS.
 */
import { render } from 'preact';
import Quiz from './Quiz.tsx';
import type { Quiz as QuizData } from '../../../lib/quiz/types.ts';
import quizCss from './quiz.css?url';

/** Links the stylesheet once; resolves when it has loaded (or failed: the quiz still works unstyled). */
function linkStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

export async function mountQuiz(root: Element, quiz: QuizData): Promise<void> {
  await linkStylesheet(quizCss);
  // The placeholder goes: Preact would otherwise try to reuse its nodes.
  root.replaceChildren();
  render(<Quiz quiz={quiz} />, root);
}

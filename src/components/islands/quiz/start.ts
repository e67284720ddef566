/**
 * Starts each module quiz on the page (QuizStart.astro) when the reader comes near it: fetches the quiz's
 * data (its cuestionario.json, which the service worker keeps with the page) and the island's code together,
 * then mounts it. Until then the page carries only this script, so a module page fits in the first round trip.
 * If either cannot be loaded (offline, on a page that was never kept), the placeholder says so and points to
 * the paper version, which the page links in any case.
 */
const LOAD_FAILED = 'No se pudieron cargar las preguntas. Vuelve a cargar la página con conexión, o responde en papel con la versión para imprimir.';

async function start(root: HTMLElement): Promise<void> {
  try {
    const [{ mountQuiz }, quiz] = await Promise.all([
      import('./mount.tsx'),
      fetch(root.dataset.src!).then((response) => {
        if (!response.ok) throw new Error(`${root.dataset.src}: ${response.status}`);
        return response.json();
      }),
    ]);
    await mountQuiz(root, quiz);
  } catch {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'quiz-start__failed';
    message.textContent = LOAD_FAILED;
    root.replaceChildren(message);
  }
}

// A little before it scrolls into view, so the first question is there when the reader arrives.
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void start(entry.target as HTMLElement);
    }
  },
  { rootMargin: '200px 0px' },
);
for (const root of document.querySelectorAll<HTMLElement>('[data-quiz-start]')) observer.observe(root);

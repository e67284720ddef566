/**
 * The search page's own script, small enough for the page's first round trip: the search itself
 * (src/scripts/search-results.ts, then Pagefind, its WebAssembly and its index) loads only when the
 * reader starts to search. That is at once when the page was opened with a search in its address
 * (?q=, or a filter: the header's search box, a «¿Quiso decir…?» link, a shared link), else at the
 * reader's first move in the search area: focus in the box or the filters, a tap, text typed.
 * Without JavaScript the form sends ?q= to this page, whose no-JavaScript text lists the sections.
 */
const root = document.querySelector<HTMLElement>('[data-search-root]');

/** Events that say the reader is about to search; the first one starts the search. */
const FIRST_MOVES = ['focusin', 'pointerdown', 'input'] as const;

if (root) {
  let phase: 'waiting' | 'loading' | 'ready' | 'failed' = 'waiting';
  const start = () => {
    if (phase !== 'waiting') return;
    phase = 'loading';
    for (const type of FIRST_MOVES) root.removeEventListener(type, start, true);
    import('./search-results.ts')
      .then(({ startSearch }) => startSearch(root))
      .catch(() => false)
      .then((ready) => {
        phase = ready ? 'ready' : 'failed';
        if (ready) return;
        const status = root.querySelector<HTMLElement>('[data-search-status]');
        if (status) status.textContent = 'No se pudo cargar la búsqueda. Vuelva a intentarlo o navegue por las secciones.';
      });
  };
  // A search sent while the search loads runs when it is ready, with the box's text. After a failure
  // the form sends ?q= as without JavaScript: loading the page again is the way to try again.
  root.addEventListener('submit', (event) => {
    if (phase === 'failed') return;
    event.preventDefault();
    start();
  });
  // Every parameter of this page's address is part of a search (src/lib/search-query.ts toSearchParams).
  if (new URLSearchParams(location.search).size > 0) {
    // Instead of the page's «Escriba lo que busca…», until the results replace it.
    const status = root.querySelector<HTMLElement>('[data-search-status]');
    if (status) status.textContent = 'Buscando…';
    start();
  }
  else for (const type of FIRST_MOVES) root.addEventListener(type, start, true);
}

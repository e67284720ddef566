/**
 * Draws each results chart of the page when it scrolls into view, loading Chart.js then: the page's
 * first load carries only this script. The chart's series is on its box (`data-result-chart`).
 */
export function startResultCharts(): void {
  const boxes = document.querySelectorAll<HTMLElement>('[data-result-chart]');
  if (boxes.length === 0) return;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void import('./draw-chart.ts').then(({ drawChart }) => drawChart(entry.target as HTMLElement));
    }
  });
  boxes.forEach((box) => observer.observe(box));
}
